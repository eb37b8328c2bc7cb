import { useTranslation } from 'react-i18next';
import { localized } from '../../components/localized';
import { GROUP_COLORS, NO_GROUP_COLOR, PALETTE } from '../../components/palette';
import { useModelIndex } from '../../data/model-context';
import { useAppState } from '../../store/store-context';

/** What the colours of the graph's nodes stand for. */
export function NetworkLegend() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
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
    </ul>
  );
}
