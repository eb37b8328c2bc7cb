import { queryOptions } from '@tanstack/react-query';
import type { Language } from '../domain/language';
import type { Model } from '../domain/model-schema';
import type { ModelProblem } from '../domain/validate-model';
import builtInModelUrl from '../../data/model.json?url';
import { builtInModelAsChecked } from './checked-built-in-model';
import { loadModelFile } from './load-model-file';
import { objectKey } from './object-key';
import {
  readSavedModelFile,
  readSetAsideModel,
  setSavedModelAside,
  type SavedModelFile,
} from './saved-model';

/** Thrown by the model query when the file is not JSON or breaks the data-model contract. */
export class ModelValidationError extends Error {
  /** The file as fetched, kept so that its problems can be described in the reader's language. */
  readonly file: Blob;
  constructor(file: Blob) {
    super('The data model failed validation');
    this.name = 'ModelValidationError';
    this.file = file;
  }
}

/** The model in use: the built-in one, or one the user loaded (kept across reloads). */
export type ActiveModel =
  | { origin: 'built-in'; model: Model }
  | {
      origin: 'custom';
      model: Model;
      fileName: string;
      persisted: boolean;
      storageProblem?: string;
    };

async function fetchOnce(url: string, signal?: AbortSignal): Promise<Blob> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.blob();
}

/**
 * Asks twice when the first answer is a network error: Chromium now and then fails a fetch that
 * should take over the page's `<link rel="preload">` of the same file (about 1 first visit in 30
 * with two cores busy) with "Failed to fetch" although the preload arrived whole; the second
 * request is served from the cache the preload filled.
 */
async function fetchFile(url: string, signal?: AbortSignal): Promise<Blob> {
  try {
    return await fetchOnce(url, signal);
  } catch (error) {
    if (signal?.aborted || !(error instanceof TypeError)) throw error;
    return fetchOnce(url, signal);
  }
}

/**
 * The built-in file was checked when the app was built; only bytes other than those are checked
 * again, in the file worker like any file (zod stays out of the first screen's code either way).
 */
async function builtInModel(file: Promise<Blob>, signal: AbortSignal): Promise<Model> {
  const blob = await file;
  const asChecked = await builtInModelAsChecked(blob);
  if (asChecked) return asChecked;
  const load = await loadModelFile(blob, { language: 'en', signal });
  if (!load.ok) throw new ModelValidationError(blob);
  return load.model;
}

/**
 * A kept file is read and checked again: the contract may have moved on since it was kept. One that
 * no longer passes, or can no longer be read, is set aside (not deleted), so that the built-in data
 * opens and the file is not read again on every visit; the reader is offered it back.
 */
async function savedModel(signal: AbortSignal): Promise<ActiveModel | null> {
  let saved: SavedModelFile | undefined;
  try {
    saved = await readSavedModelFile();
  } catch {
    // Storage that cannot be opened is storage that holds nothing for us.
    return null;
  }
  if (!saved) return null;
  const load = await loadModelFile(saved.file, { language: 'en', signal });
  if (load.ok) {
    return { origin: 'custom', model: load.model, fileName: saved.fileName, persisted: true };
  }
  const unread = load.problems.some(
    (problem) => problem.kind === 'file' && problem.problem === 'readerFailed',
  );
  await setSavedModelAside(unread ? 'readFailed' : 'refused').catch(() => {});
  return null;
}

/** A kept model set aside on this visit or an earlier one, until the reader exports or discards it. */
export const setAsideModelQuery = queryOptions({
  queryKey: ['model', 'set-aside'],
  queryFn: () => readSetAsideModel().catch(() => null),
  staleTime: Infinity,
  retry: false,
});

export const activeModelQuery = queryOptions({
  queryKey: ['model', 'active'],
  queryFn: async ({ signal }): Promise<ActiveModel> => {
    // The built-in file is fetched while the kept one is looked for, and checked only if needed.
    const builtIn = fetchFile(builtInModelUrl, signal);
    builtIn.catch(() => {});
    return (
      (await savedModel(signal)) ?? {
        origin: 'built-in',
        model: await builtInModel(builtIn, signal),
      }
    );
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  // A model of 100,000 rows is replaced whole; comparing it row by row would block the page.
  structuralSharing: false,
});

/** The problems of a file that failed its check, worded again (in the file worker) in a language. */
export function modelProblemsQuery(file: Blob, language: Language) {
  return queryOptions({
    queryKey: ['model-problems', objectKey(file), language],
    queryFn: async ({ signal }): Promise<{ problems: ModelProblem[]; unlisted?: number }> => {
      const load = await loadModelFile(file, { language, signal });
      return load.ok ? { problems: [], unlisted: 0 } : load;
    },
    staleTime: Infinity,
  });
}
