import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { profileShares } from '../../analytics/profile-shares';
import { timelineItems } from '../../analytics/timeline';
import { countryTradeSummary } from '../../analytics/trade-summary';
import { MarkedCitation } from '../../components/published-part';
import { otherAsiaNote } from '../../components/country-name';
import { useCountryName } from '../../components/use-names';
import { localized, localizedNote } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { boundedText } from '../../components/bounded-text';
import { formatDate, formatList, formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { unitName } from '../../components/unit-name';

/** How many suppliers and customers the profile names per trade code. */
const TOP_COUNTERPARTS = 3;

/** Everything the model says about one country, each figure with its source. */
export function CountryProfile({ country, onClose }: { country: string; onClose: () => void }) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const active = useActiveModel();
  const language = useAppState((state) => state.language);
  const trade = useQuery(tradeQuery(active));
  const { model } = index;
  const countryName = useCountryName();

  const shares = useMemo(() => profileShares(model, country), [model, country]);
  const mineralNames = (minerals: string[]) =>
    formatList(
      minerals.map((mineral) => localized(index.mineral(mineral)?.name, language, mineral)),
      language,
    );
  const proxyNotes = new Set(
    shares.flatMap(({ minerals, proxyGroup, breakdown }) =>
      proxyGroup && breakdown.worldTotal?.note
        ? [`${mineralNames(minerals)}: ${localizedNote(breakdown.worldTotal.note, language).text}`]
        : [],
    ),
  );
  const tradeSummary = useMemo(
    () => (trade.data ? countryTradeSummary(trade.data, country, TOP_COUNTERPARTS) : []),
    [trade.data, country],
  );
  const taiwanNote = otherAsiaNote(
    [
      country,
      ...tradeSummary.flatMap((entry) =>
        [...entry.suppliers, ...entry.customers].map((other) => other.country),
      ),
    ],
    t,
  );
  const items = useMemo(
    () => timelineItems(model, { minerals: [], countries: [country] }),
    [model, country],
  );

  return (
    <section className="panel country-profile" aria-labelledby="country-profile-heading">
      <div className="view-heading">
        <h3 id="country-profile-heading">
          {t('map.profileTitle', { country: countryName(country) })}
        </h3>
        <button type="button" onClick={onClose}>
          {t('source.close')}
        </button>
      </div>
      {shares.length === 0 ? (
        <p className="empty-state">{t('map.profileNoSupply')}</p>
      ) : (
        <table className="figures-table profile-table">
          <caption>{t('map.profileShares')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('filters.minerals')}</th>
              <th scope="col">{t('filters.stage')}</th>
              <th scope="col">{t('filters.year')}</th>
              <th scope="col">{t('table.share')}</th>
            </tr>
          </thead>
          {shares.map(({ minerals, measure, year, row, breakdown, proxyGroup }) => (
            <tbody key={`${minerals.join('+')}-${measure}`}>
              <tr>
                <th scope="row">{mineralNames(minerals)}</th>
                <td>{t(`stage.${measure}`)}</td>
                <td>{year}</td>
                <td className="number">
                  {proxyGroup
                    ? t('profileProxy.shareOfGroup', {
                        share: boundedText(breakdown, language, t).share(row.share),
                      })
                    : boundedText(breakdown, language, t).share(row.share)}
                </td>
              </tr>
              <tr className="profile-details">
                <td colSpan={4}>
                  {proxyGroup
                    ? t('profileProxy.groupTonnageNotShown')
                    : row.value === null
                      ? t('common.na')
                      : `${formatNumber(row.value, language)} ${unitName(row.unit, t)}`}
                  {' · '}
                  {t(`status.${row.status}`)}
                  {' · '}
                  <SourceOf id={row.source} />
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      )}
      {tradeSummary.length > 0 ? (
        <table className="figures-table profile-table">
          <caption>{t('map.profileTrade')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exposure.code')}</th>
              <th scope="col">{t('map.topSuppliers')}</th>
              <th scope="col">{t('map.topCustomers')}</th>
            </tr>
          </thead>
          {tradeSummary.map((entry) => (
            <tbody key={entry.code}>
              <tr>
                <th scope="row">
                  {localized(
                    model.tradeCodes.find((code) => code.code === entry.code)?.label,
                    language,
                    entry.code,
                  )}
                </th>
                <td>
                  {entry.suppliers
                    .map((s) => `${countryName(s.country)} ${formatShare(s.share, language)}`)
                    .join(', ') || '—'}
                </td>
                <td>
                  {entry.customers
                    .map((c) => `${countryName(c.country)} ${formatShare(c.share, language)}`)
                    .join(', ') || '—'}
                </td>
              </tr>
              <tr className="profile-details">
                <td colSpan={3}>
                  {t('layout.profileTradeYear', { year: entry.year })}
                  {' · '}
                  <SourceOf id={entry.source} />
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      ) : null}
      {items.length > 0 ? (
        <>
          <h4>{t('map.profileEvents')}</h4>
          <ul className="partner-list">
            {items.map((item) => (
              <li key={item.id}>
                {formatDate(item.date, language)}: {localized(item.title, language, item.id)}
                <SourceLine sourceIds={[item.source]} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {[...proxyNotes].map((note) => (
        <p key={note} className="notes">
          {note}
        </p>
      ))}
      {taiwanNote ? <p className="notes">{taiwanNote}</p> : null}
      <SourceLine sourceIds={[...new Set(shares.map((entry) => entry.row.source))]} />
    </section>
  );
}

/** "Source: publisher, title (year)" for a profile row, each part marked with its language. */
function SourceOf({ id }: { id: string }) {
  const { t } = useTranslation();
  const source = useModelIndex().source(id);
  return (
    <>
      {t('source.label')}: {source ? <MarkedCitation source={source} /> : id}
    </>
  );
}
