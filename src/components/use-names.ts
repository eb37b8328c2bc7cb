import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelIndex } from '../data/model-context';
import type { Language } from '../domain/language';
import type { ModelIndex } from '../domain/model-index';
import { useAppState } from '../store/store-context';
import { countryNamer } from './country-name';
import { localized } from './localized';

/**
 * A country's name in the reader's language, as every view shows it (BACI's "Other Asia" named as
 * Taiwan, see country-name.ts); its id where the model has none. The same function until the model
 * or the language changes.
 */
export function useCountryName(): (id: string) => string {
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const { t } = useTranslation();
  return useMemo(() => countryNamer(index, language, t), [index, language, t]);
}

/** A mineral's name in the language given; its id where the model has none. */
export function mineralNamer(
  index: Pick<ModelIndex, 'mineral'>,
  language: Language,
): (id: string) => string {
  return (id) => localized(index.mineral(id)?.name, language, id);
}

/** A mineral's name in the reader's language; its id where the model has none. */
export function useMineralName(): (id: string) => string {
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  return useMemo(() => mineralNamer(index, language), [index, language]);
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
