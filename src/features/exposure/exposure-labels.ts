import { useTranslation } from 'react-i18next';
import type { MineralExposure } from '../../analytics/exposure';
import { localized } from '../../components/localized';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import { formatList } from '../../lib/format';

/** A key for one row of the exposure: its minerals, trade code and table. */
export const exposureKey = (exposure: MineralExposure) =>
  [...exposure.minerals, exposure.code ?? 'no-code', exposure.source].join('-');

/** A code's label, always with the code itself in it, so every figure says what it rests on. */
export function useCodeLabel(language: Language) {
  const index = useModelIndex();
  const { t } = useTranslation();
  return (code: string | null) => {
    if (code === null) return { label: t('exposure.noCode'), note: '' };
    const tradeCode = index.model.tradeCodes.find((entry) => entry.code === code);
    const label = localized(tradeCode?.label, language, '');
    return {
      label: label.includes(code) ? label : [label, `(HS ${code})`].filter(Boolean).join(' '),
      note: localized(tradeCode?.note, language),
    };
  };
}

/** "Gallium, germanium" for a code filed under both. */
export function useMineralNames(language: Language) {
  const index = useModelIndex();
  return (exposure: MineralExposure) =>
    formatList(
      exposure.minerals.map((mineral) =>
        localized(index.mineral(mineral)?.name, language, mineral),
      ),
      language,
    );
}

/** Why a figure covers only part of a mineral's trade, or nothing when it covers all of it. */
export function usePartialCoverage(language: Language) {
  const { t } = useTranslation();
  const mineralNames = useMineralNames(language);
  const codes = (list: readonly string[]) =>
    formatList(
      list.map((code) => `HS ${code}`),
      language,
    );
  return (exposure: MineralExposure, country: string) =>
    exposure.missingCodes.length === 0
      ? null
      : t('exposure.partialCoverage', {
          minerals: mineralNames(exposure),
          held: exposure.code === null ? t('exposure.noCode') : codes([exposure.code]),
          missing: codes(exposure.missingCodes),
          country,
          year: exposure.year,
        });
}
