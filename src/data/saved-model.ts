import { createStore, del, get, set } from 'idb-keyval';

/**
 * A model file the user loaded, kept in IndexedDB as the file itself so that it survives a
 * reload. Keeping the bytes rather than the parsed model costs nothing on the page's thread, and
 * the file is read and checked again on the next visit, against the contract of that day.
 */
export interface SavedModelFile {
  file: Blob;
  fileName: string;
  savedAt: string;
}

const KEY = 'custom-model';
let store: ReturnType<typeof createStore> | null = null;
const DATABASE = 'lodestone';
const modelStore = () => (store ??= createStore(DATABASE, 'models'));

export async function readSavedModelFile(): Promise<SavedModelFile | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  // On a first visit there is nothing kept: asking costs little, while opening would create the
  // database and hold up the first screen by some 50 ms.
  if (indexedDB.databases) {
    const databases = await indexedDB.databases();
    if (!databases.some((database) => database.name === DATABASE)) return undefined;
  }
  const saved = await get<Partial<SavedModelFile>>(KEY, modelStore());
  // Earlier versions kept the parsed model instead of the file: that is read as nothing kept.
  return saved?.file instanceof Blob ? (saved as SavedModelFile) : undefined;
}

/** Resolves to null when saved, or to the reason it could not be (storage full or disabled). */
export async function saveModelFile(saved: SavedModelFile): Promise<string | null> {
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
