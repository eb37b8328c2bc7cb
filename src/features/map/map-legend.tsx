import { useTranslation } from 'react-i18next';
import type { ShareClassing } from '../../analytics/share-classes';
import { PALETTE } from '../../components/palette';
import { formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { NO_FIGURE_FILL, SEA_FILL, UNKNOWN_FILL } from './world-map';

/** One swatch per class, filled with the very colour the map gives that class. */
export function MapLegend({
  classing,
  classColors,
}: {
  classing: ShareClassing;
  classColors: readonly string[];
}) {
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
  return (
    <div className="map-legend">
      <p className="notes">{t(`map.classing.${classing.method}`)}</p>
      <ul className="legend" aria-label={t('map.legend')}>
        {classColors.map((fill, position) => (
          <li key={fill}>
            <LegendSwatch fill={fill} />
            {classLabel(position)}
          </li>
        ))}
        <li>
          <LegendSwatch fill={UNKNOWN_FILL} />
          {t('common.na')}
        </li>
        <li>
          <LegendSwatch fill={NO_FIGURE_FILL} />
          {t('map.noFigure')}
        </li>
        <li>
          <LegendSwatch fill={SEA_FILL} />
          {t('map.sea')}
        </li>
        <li>
          <svg width="18" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="18" y2="6" stroke={PALETTE.highlight} strokeWidth="3" />
          </svg>
          {t('map.flowLegend')}
        </li>
        <li>
          <svg width="18" height="12" aria-hidden="true">
            <line
              x1="0"
              y1="6"
              x2="18"
              y2="6"
              stroke={PALETTE.partners}
              strokeWidth="1.5"
              strokeDasharray="4 3"
            />
          </svg>
          {t('map.partnerLegend')}
        </li>
      </ul>
    </div>
  );
}

/** A legend's key: a box filled as the map fills the countries it stands for. */
function LegendSwatch({ fill }: { fill: string }) {
  return (
    <svg width="18" height="12" aria-hidden="true">
      <rect width="18" height="12" fill={fill} stroke="#999999" />
    </svg>
  );
}
