import { useCallback } from 'react';
import { useModelIndex } from '../data/model-context';
import { useAppState } from '../store/store-context';
import { localized } from './localized';

/** A country's name in the reader's language, from the model; its id where the model has none. */
export function useCountryName(): (id: string) => string {
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  return useCallback((id) => localized(index.country(id)?.name, language, id), [index, language]);
}

/** A mineral's name in the reader's language; its id where the model has none. */
export function useMineralName(): (id: string) => string {
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  return useCallback((id) => localized(index.mineral(id)?.name, language, id), [index, language]);
}

/** A trade code's label in the reader's language ("Natural graphite … (HS 250490)"); "HS 250490" where the model has none. */
export function useTradeCodeLabel(): (code: string) => string {
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  return useCallback(
    (code) => localized(index.tradeCode(code)?.label, language, `HS ${code}`),
    [index, language],
  );
}
