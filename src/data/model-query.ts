import { queryOptions } from '@tanstack/react-query';
import type { Model } from '../domain/model-schema';
import { validateModel } from '../domain/validate-model';
import builtInModelUrl from '../../data/model.json?url';

/** Thrown by the model query when the file parses as JSON but breaks the data-model contract. */
export class ModelValidationError extends Error {
  /** The file as read, kept so that problems can be described again in another language. */
  readonly raw: unknown;
  constructor(raw: unknown) {
    super('The data model failed validation');
    this.name = 'ModelValidationError';
    this.raw = raw;
  }
}

export async function fetchModel(url: string, signal?: AbortSignal): Promise<Model> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const raw: unknown = await response.json();
  const validation = validateModel(raw);
  if (!validation.ok) throw new ModelValidationError(raw);
  return validation.model;
}

/** The built-in model; it never changes while the app runs. */
export const builtInModelQuery = queryOptions({
  queryKey: ['model', 'built-in'],
  queryFn: ({ signal }) => fetchModel(builtInModelUrl, signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});
