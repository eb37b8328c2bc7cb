import { useTranslation } from 'react-i18next';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useCountryName, useTradeCodeLabel } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import type { TradeFlow } from '../../domain/model-schema';
import type { Language } from '../../domain/language';

interface FlowsKeyProps {
  code: string | undefined;
  flowYear: number | null;
  flows: TradeFlow[];
  notDrawn: TradeFlow[];
  language: Language;
}

/**
 * The flows key in lines: which trade code and year the arrows show, with the code's note, and the
 * flows that could not be drawn. The caption under the map and the exported picture say the same.
 */
export function useFlowsKey({
  code,
  flowYear,
  flows,
  notDrawn,
  language,
}: FlowsKeyProps): string[] {
  const { t } = useTranslation();
  const index = useModelIndex();
  const countryName = useCountryName();
  const tradeCodeLabel = useTradeCodeLabel();
  const codeEntry = code ? index.tradeCode(code) : undefined;
  const shown = codeEntry
    ? `${t('map.flowsCaption', {
        count: flows.length,
        code: tradeCodeLabel(codeEntry.code),
        year: flowYear ?? '',
      })} ${localized(codeEntry.note, language)}`.trim()
    : t('map.noTrade');
  const missing =
    notDrawn.length > 0
      ? t('map.notDrawn', {
          flows: notDrawn
            .map((flow) => `${countryName(flow.exporter)} → ${countryName(flow.importer)}`)
            .join('; '),
        })
      : null;
  return missing ? [shown, missing] : [shown];
}

/** The flows key under the map, and the sources. */
export function MapCaption({ sourceIds, ...key }: FlowsKeyProps & { sourceIds: string[] }) {
  const lines = useFlowsKey(key);
  return (
    <figcaption className="notes">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <SourceLine sourceIds={sourceIds} />
    </figcaption>
  );
}
