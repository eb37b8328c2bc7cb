import { createContext, useContext } from 'react';
import type { ModelIndex } from '../domain/model-index';

export const ModelContext = createContext<ModelIndex | null>(null);

/** The loaded model with its lookups; only rendered below the gate that loads it. */
export function useModelIndex(): ModelIndex {
  const index = useContext(ModelContext);
  if (!index) throw new Error('useModelIndex must be used below <ModelGate>');
  return index;
}
