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

/**
 * Why a kept model was set aside: the record itself is not one this version wrote (`unreadable`),
 * its file no longer passes the checks (`refused`), it could not be read (`readFailed`), or the
 * reader went back to the built-in data after the app stopped (`crashed`).
 */
export type SetAsideReason = 'unreadable' | 'refused' | 'readFailed' | 'crashed';

/** A kept model that could not be used: moved out of the way, never deleted unasked. */
export interface SetAsideModel {
  /** The record as it was found, whatever it holds. */
  record: unknown;
  reason: SetAsideReason;
  setAsideAt: string;
}

const KEY = 'custom-model';
const SET_ASIDE_KEY = 'custom-model-set-aside';
let store: ReturnType<typeof createStore> | null = null;
const DATABASE = 'lodestone';
const modelStore = () => (store ??= createStore(DATABASE, 'models'));

/** On a first visit there is nothing kept: asking costs little, while opening would create the
 * database and hold up the first screen by some 50 ms. */
async function databaseExists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (!indexedDB.databases) return true;
  const databases = await indexedDB.databases();
  return databases.some((database) => database.name === DATABASE);
}

/** The kept model file; a record that is not one (a hand-edited or older one) is set aside. */
export async function readSavedModelFile(): Promise<SavedModelFile | undefined> {
  if (!(await databaseExists())) return undefined;
  const saved = await get<unknown>(KEY, modelStore());
  if (saved === undefined) return undefined;
  if (isSavedModelFile(saved)) return saved;
  await setSavedModelAside('unreadable');
  return undefined;
}

function isSavedModelFile(record: unknown): record is SavedModelFile {
  if (typeof record !== 'object' || record === null) return false;
  const { file, fileName, savedAt } = record as Partial<Record<keyof SavedModelFile, unknown>>;
  return file instanceof Blob && typeof fileName === 'string' && typeof savedAt === 'string';
}

/** Moves the kept model out of the way, so that it is neither used nor read again on each visit. */
export async function setSavedModelAside(reason: SetAsideReason): Promise<void> {
  const record = await get<unknown>(KEY, modelStore());
  if (record === undefined) return;
  const setAside: SetAsideModel = { record, reason, setAsideAt: new Date().toISOString() };
  await set(SET_ASIDE_KEY, setAside, modelStore());
  await del(KEY, modelStore());
}

export async function readSetAsideModel(): Promise<SetAsideModel | null> {
  if (!(await databaseExists())) return null;
  const found = await get<unknown>(SET_ASIDE_KEY, modelStore());
  if (typeof found !== 'object' || found === null || !('record' in found)) return null;
  const { reason } = found as { reason?: unknown };
  const known: SetAsideReason[] = ['unreadable', 'refused', 'readFailed', 'crashed'];
  return { ...(found as SetAsideModel), reason: known.find((r) => r === reason) ?? 'unreadable' };
}

export async function discardSetAsideModel(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await del(SET_ASIDE_KEY, modelStore());
}

/** The set-aside model as a file the user can keep: its own file where it has one. */
export function setAsideModelFile({ record }: SetAsideModel): { blob: Blob; fileName: string } {
  const { file, fileName } = (typeof record === 'object' && record !== null ? record : {}) as {
    file?: unknown;
    fileName?: unknown;
  };
  const name = typeof fileName === 'string' && fileName !== '' ? fileName : 'lodestone-model.json';
  if (file instanceof Blob) return { blob: file, fileName: name };
  let text: string;
  try {
    text = JSON.stringify(record, null, 2) ?? String(record);
  } catch {
    text = String(record);
  }
  return { blob: new Blob([text], { type: 'application/json' }), fileName: name };
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

/**
 * Read by the page's head script (public/route-preload.js), which must decide before the first
 * paint whether the build's render of the built-in model may be shown: IndexedDB cannot be asked
 * that soon.
 */
export const KEPT_MODEL_HINT_KEY = 'lodestone-kept-model';

/** Tells the next page load whether a model of the reader's own opens instead of the built-in one. */
export function noteKeptModel(kept: boolean): void {
  try {
    if (kept) localStorage.setItem(KEPT_MODEL_HINT_KEY, 'yes');
    else localStorage.removeItem(KEPT_MODEL_HINT_KEY);
  } catch {
    // Storage switched off keeps no model either.
  }
}
