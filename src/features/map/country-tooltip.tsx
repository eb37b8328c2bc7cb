import { useTranslation } from 'react-i18next';
import type { ShareBreakdown } from '../../analytics/shares';
import { boundedText } from '../../components/bounded-text';
import { citeSource } from '../../components/citation';
import { useCountryName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import { writtenLanguage } from '../../lib/written-language';
import { useAppState } from '../../store/store-context';
import { unitName } from '../../components/unit-name';

/** What the map says about one country on hover or keyboard focus: name, share, value, status, source. */
export function CountryTooltip({
  country,
  breakdown,
}: {
  country: string;
  breakdown: ShareBreakdown | null;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const countryName = useCountryName();
  const row = breakdown?.countries.find((entry) => entry.country === country);
  const bounded = breakdown ? boundedText(breakdown, language, t) : null;
  return (
    <>
      <strong>{countryName(country)}</strong>
      {row && bounded ? (
        <dl>
          <dt>{t('table.share')}</dt>
          <dd>{bounded.share(row.share)}</dd>
          <dt>{t('table.value')}</dt>
          <dd>
            {row.value === null
              ? t('common.na')
              : `${bounded.value(row.value)} ${unitName(row.unit, t)}`}
          </dd>
          <dt>{t('table.status')}</dt>
          <dd>{t(`status.${row.status}`)}</dd>
          <dt>{t('table.source')}</dt>
          <dd lang={writtenLanguage(citeSource(index, row.source))}>
            {citeSource(index, row.source)}
          </dd>
        </dl>
      ) : (
        <p>{t('map.noFigure')}</p>
      )}
      <p className="map-tooltip-hint">{t('map.openProfile')}</p>
    </>
  );
}
