import { useTranslation } from 'react-i18next';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useCountryName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import { formatDate } from '../../lib/format';
import { useAppState } from '../../store/store-context';

/** The "view as" country's partnerships, each with its date and source. */
export function PartnerList({ viewAs }: { viewAs: string }) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const countryName = useCountryName();
  const partnerships = index.model.partnerships.filter((partnership) =>
    partnership.countries.includes(viewAs),
  );
  if (partnerships.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="partner-list-heading">
      <h3 id="partner-list-heading">{t('map.partnersTitle', { country: countryName(viewAs) })}</h3>
      <ul className="partner-list">
        {partnerships.map((partnership) => (
          <li key={partnership.id}>
            <strong>
              {partnership.countries
                .filter((country) => country !== viewAs)
                .map(countryName)
                .join(', ')}
            </strong>
            {': '}
            {localized(partnership.title, language, partnership.id)} (
            {formatDate(partnership.date, language)})
            <SourceLine sourceIds={[partnership.source]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
