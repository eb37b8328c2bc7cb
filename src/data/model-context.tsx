import { createContext, useContext } from 'react';
import type { ModelIndex } from '../domain/model-index';
import type { ActiveModel } from './model-query';

export const ModelContext = createContext<{ index: ModelIndex; active: ActiveModel } | null>(null);

function useModelContext() {
  const value = useContext(ModelContext);
  if (!value) throw new Error('Model hooks must be used below <ModelGate>');
  return value;
}

/** The loaded model with its lookups; only rendered below the gate that loads it. */
export function useModelIndex(): ModelIndex {
  return useModelContext().index;
}

/** Where the model in use comes from: built in, or a file the user loaded. */
export function useActiveModel(): ActiveModel {
  return useModelContext().active;
}
