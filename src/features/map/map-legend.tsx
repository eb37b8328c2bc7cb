import { useTranslation } from 'react-i18next';
import type { ShareClassing } from '../../analytics/share-classes';
import { LegendSample } from '../../components/legend-sample';
import { PALETTE } from '../../components/palette';
import type { LegendEntry } from '../../lib/figure-export';
import { formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { NO_FIGURE_FILL, SEA_FILL, UNKNOWN_FILL } from './world-map';

/**
 * The map's key: how the classes were cut and one entry per class, filled with the very colour the
 * map gives that class, then the fills and lines that are no class. The legend on screen and the
 * exported picture draw the same entries.
 */
export function useMapLegend(
  classing: ShareClassing,
  classColors: readonly string[],
): { method: string; entries: LegendEntry[] } {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const share = (value: number) => formatShare(value, language);
  const { thresholds } = classing;
  const classLabel = (position: number) =>
    thresholds.length === 0
      ? t('map.classAll')
      : position === 0
        ? t('map.classBelow', { to: share(thresholds[0]!) })
        : position === thresholds.length
          ? t('map.classFrom', { from: share(thresholds[position - 1]!) })
          : t('map.classBetween', {
              from: share(thresholds[position - 1]!),
              to: share(thresholds[position]!),
            });
  const box = (fill: string) => ({ kind: 'box', fill }) as const;
  return {
    method: t(`map.classing.${classing.method}`),
    entries: [
      ...classColors.map((fill, position) => ({ swatch: box(fill), label: classLabel(position) })),
      { swatch: box(UNKNOWN_FILL), label: t('common.na') },
      { swatch: box(NO_FIGURE_FILL), label: t('map.noFigure') },
      { swatch: box(SEA_FILL), label: t('map.sea') },
      {
        swatch: { kind: 'line', stroke: PALETTE.highlight, width: 3 },
        label: t('map.flowLegend'),
      },
      {
        swatch: { kind: 'line', stroke: PALETTE.partners, width: 1.5, dash: '4 3' },
        label: t('map.partnerLegend'),
      },
    ],
  };
}

export function MapLegend({
  classing,
  classColors,
}: {
  classing: ShareClassing;
  classColors: readonly string[];
}) {
  const { t } = useTranslation();
  const { method, entries } = useMapLegend(classing, classColors);
  return (
    <div className="map-legend">
      <p className="notes">{method}</p>
      <ul className="legend" aria-label={t('map.legend')}>
        {entries.map((entry) => (
          <li key={entry.label}>
            <LegendSample swatch={entry.swatch} />
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
