import { useTranslation } from 'react-i18next';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useCountryName, useTradeCodeLabel } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import type { TradeFlow } from '../../domain/model-schema';
import type { Language } from '../../domain/language';

/** The flows key under the map: which trade code and year the arrows show, and the sources. */
export function MapCaption({
  code,
  flowYear,
  flows,
  notDrawn,
  sourceIds,
  language,
}: {
  code: string | undefined;
  flowYear: number | null;
  flows: TradeFlow[];
  notDrawn: TradeFlow[];
  sourceIds: string[];
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const countryName = useCountryName();
  const tradeCodeLabel = useTradeCodeLabel();
  const codeEntry = code ? index.tradeCode(code) : undefined;
  return (
    <figcaption className="notes">
      {codeEntry ? (
        <p>
          {t('map.flowsCaption', {
            count: flows.length,
            code: tradeCodeLabel(codeEntry.code),
            year: flowYear ?? '',
          })}{' '}
          {localized(codeEntry.note, language)}
        </p>
      ) : (
        <p>{t('map.noTrade')}</p>
      )}
      {notDrawn.length > 0 ? (
        <p>
          {t('map.notDrawn', {
            flows: notDrawn
              .map((flow) => `${countryName(flow.exporter)} → ${countryName(flow.importer)}`)
              .join('; '),
          })}
        </p>
      ) : null}
      <SourceLine sourceIds={sourceIds} />
    </figcaption>
  );
}
