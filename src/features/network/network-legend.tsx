import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../components/localized';
import { GROUP_COLORS, NO_GROUP_COLOR, PALETTE } from '../../components/palette';
import { useCountryName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import { useAppState } from '../../store/store-context';
import type { NetworkLayout } from '../../store/view-settings';

/** A small picture of one encoding, drawn as the graph draws it. */
function Key({ children }: { children: ReactNode }) {
  return (
    <svg className="legend-key" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      {children}
    </svg>
  );
}

/** What every encoding of the drawing stands for: colours, sizes, widths and line styles. */
export function NetworkLegend({
  layout,
  showTrade,
  showPartnerships,
}: {
  layout: NetworkLayout;
  showTrade: boolean;
  showPartnerships: boolean;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const viewAs = useAppState((state) => state.viewAs);
  const countryName = useCountryName();
  if (layout === 'chain') {
    return (
      <ul className="legend">
        <li>
          <Key>
            <rect x="4" y="0" width="8" height="14" fill={PALETTE.mining} />
            <rect x="16" y="4" width="8" height="10" fill={PALETTE.refining} />
          </Key>
          {t('network.legendBar')}
        </li>
        <li>
          <Key>
            <path
              d="M0,4 C14,4 14,10 28,10"
              stroke={PALETTE.highlight}
              strokeOpacity={0.5}
              strokeWidth={6}
              fill="none"
            />
          </Key>
          {t('network.legendRibbon')}
        </li>
        <li>
          <Key>
            <rect
              x="8"
              y="1"
              width="12"
              height="12"
              fill="#ffffff"
              stroke={PALETTE.refining}
              strokeDasharray="3 2"
            />
          </Key>
          {t('network.legendNa')}
        </li>
      </ul>
    );
  }
  return (
    <ul className="legend">
      {GROUP_COLORS.filter(([group]) => index.group(group)).map(([group, color]) => (
        <li key={group}>
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          {localized(index.group(group)?.name, language, group)}
        </li>
      ))}
      <li>
        <span className="swatch" style={{ background: NO_GROUP_COLOR }} aria-hidden="true" />
        {t('network.otherCountries')}
      </li>
      <li>
        <span
          className="swatch square"
          style={{ background: PALETTE.mineralStage }}
          aria-hidden="true"
        />
        {t('network.mineralStage')}
      </li>
      <li>
        <Key>
          <circle cx="5" cy="7" r="3" fill={NO_GROUP_COLOR} />
          <circle cx="19" cy="7" r="7" fill={NO_GROUP_COLOR} />
        </Key>
        {t('network.legendNodeSize')}
      </li>
      <li>
        <Key>
          <line x1="0" y1="4" x2="28" y2="4" stroke="#5b7083" strokeWidth={1} />
          <line x1="0" y1="10" x2="28" y2="10" stroke="#5b7083" strokeWidth={5} />
        </Key>
        {t('network.legendLineWidth')}
      </li>
      {showPartnerships ? (
        <li>
          <Key>
            <line
              x1="0"
              y1="7"
              x2="28"
              y2="7"
              stroke={PALETTE.partners}
              strokeWidth={1.5}
              strokeDasharray="5 4"
            />
          </Key>
          {t('network.legendDashed', { country: countryName(viewAs) })}
        </li>
      ) : null}
      {showTrade ? (
        <li>
          <Key>
            <line x1="0" y1="7" x2="22" y2="7" stroke={PALETTE.highlight} strokeWidth={1.5} />
            <path d="M20,3 L28,7 L20,11 z" fill={PALETTE.highlight} />
          </Key>
          {t('network.legendTrade')}
        </li>
      ) : null}
    </ul>
  );
}
