import { queryOptions } from '@tanstack/react-query';
import type { Language } from '../domain/language';
import type { Model } from '../domain/model-schema';
import type { ModelProblem } from '../domain/validate-model';
import builtInModelUrl from '../../data/model.json?url';
import { loadModelFile } from './load-model-file';
import { objectKey } from './object-key';
import { readSavedModelFile } from './saved-model';

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

async function fetchFile(url: string, signal?: AbortSignal): Promise<Blob> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.blob();
}

/** The built-in file is checked like any other, in the file worker, so zod stays out of the first screen's code. */
async function checkedModel(file: Promise<Blob>): Promise<Model> {
  const blob = await file;
  const load = await loadModelFile(blob, { language: 'en' });
  if (!load.ok) throw new ModelValidationError(blob);
  return load.model;
}

/** A kept file is read and checked again: the contract may have moved on since it was kept. */
async function savedModel(): Promise<ActiveModel | null> {
  try {
    const saved = await readSavedModelFile();
    if (!saved) return null;
    const load = await loadModelFile(saved.file, { language: 'en' });
    if (!load.ok) return null;
    return { origin: 'custom', model: load.model, fileName: saved.fileName, persisted: true };
  } catch {
    // Storage that cannot be read is storage that holds nothing for us.
    return null;
  }
}

export const activeModelQuery = queryOptions({
  queryKey: ['model', 'active'],
  queryFn: async ({ signal }): Promise<ActiveModel> => {
    // The built-in file is fetched while the kept one is looked for, and checked only if needed.
    const builtIn = fetchFile(builtInModelUrl, signal);
    builtIn.catch(() => {});
    return (await savedModel()) ?? { origin: 'built-in', model: await checkedModel(builtIn) };
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
    queryFn: async (): Promise<ModelProblem[]> => {
      const load = await loadModelFile(file, { language });
      return load.ok ? [] : load.problems;
    },
    staleTime: Infinity,
  });
}
