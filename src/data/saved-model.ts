import { createStore, del, get, set } from 'idb-keyval';
import type { Model } from '../domain/model-schema';

/** A model the user loaded, kept in IndexedDB so that it survives a reload. */
export interface SavedModel {
  model: Model;
  fileName: string;
  savedAt: string;
}

const KEY = 'custom-model';
let store: ReturnType<typeof createStore> | null = null;
const modelStore = () => (store ??= createStore('lodestone', 'models'));

export async function readSavedModel(): Promise<SavedModel | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  return get<SavedModel>(KEY, modelStore());
}

/** Resolves to null when saved, or to the reason it could not be (storage full or disabled). */
export async function saveModel(saved: SavedModel): Promise<string | null> {
  try {
    if (typeof indexedDB === 'undefined') return 'IndexedDB is not available';
    await set(KEY, saved, modelStore());
    return null;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

export async function forgetSavedModel(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  try {
    await del(KEY, modelStore());
  } catch {
    // Nothing was kept, so there is nothing to forget.
  }
}
