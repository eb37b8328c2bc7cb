import { useTranslation } from 'react-i18next';
import { PALETTE } from '../../components/palette';
import { formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { NO_FIGURE_FILL, UNKNOWN_FILL } from './world-map';

const LEGEND_STEPS = 5;

export function MapLegend({
  maxShare,
  color,
}: {
  maxShare: number;
  color: (value: number) => string;
}) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const steps = Array.from({ length: LEGEND_STEPS }, (_, i) => (maxShare * (i + 1)) / LEGEND_STEPS);
  return (
    <ul className="legend map-legend" aria-label={t('map.legend')}>
      {steps.map((step, i) => (
        <li key={step}>
          <LegendSwatch fill={color(step)} />
          {i === 0
            ? `≤ ${formatShare(step, language)}`
            : `${formatShare(steps[i - 1]!, language)}–${formatShare(step, language)}`}
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
        <svg width="18" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="18" y2="6" stroke={PALETTE.highlight} strokeWidth="3" />
        </svg>
        {t('map.flowLegend')}
      </li>
    </ul>
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
