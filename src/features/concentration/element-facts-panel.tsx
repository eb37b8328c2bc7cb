import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unitName } from '../../components/unit-name';
import { elementFacts } from '../../analytics/element-facts';
import { localized } from '../../components/localized';
import { NoteText } from '../../components/note-text';
import { SourceLine } from '../../components/source-line';
import { useCountryName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import type { ValueStatus } from '../../domain/model-schema';
import { formatDate, formatExact } from '../../lib/format';

/**
 * What the model says about one element on its own (prices, imports, demand, ore grades,
 * capacities and milestones), each figure as published and with its source: beside a group that
 * stands in for the element, never as a share of that group.
 */
export function ElementFactsPanel({
  mineral,
  mineralName,
  language,
}: {
  mineral: string;
  mineralName: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const countryName = useCountryName();
  const headingId = useId();
  const facts = useMemo(() => elementFacts(index.model, mineral), [index, mineral]);
  if (!facts) return null;
  const figure = (value: number | null, unit: string) =>
    value === null
      ? t('common.na')
      : unit === '%'
        ? `${formatExact(value, language)}%`
        : `${formatExact(value, language)} ${unitName(unit, t)}`;
  const status = (value: ValueStatus) => (value === 'reported' ? '' : ` (${t(`status.${value}`)})`);
  const unique = (ids: string[]) => [...new Set(ids)];

  return (
    <section className="panel element-facts" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('elementFacts.title', { mineral: mineralName })}</h3>
      <p className="subtitle">{t('elementFacts.subtitle')}</p>

      {facts.prices.map((series) => (
        <div key={series.product}>
          <table className="figures-table">
            <caption>{t('elementFacts.price', { product: series.product })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('filters.year')}</th>
                <th scope="col">{t('table.value')}</th>
                <th scope="col">{t('table.status')}</th>
              </tr>
            </thead>
            <tbody>
              {series.prices.map((price) => (
                <tr key={price.year}>
                  <th scope="row">{price.year}</th>
                  <td className="number">{figure(price.value, price.unit)}</td>
                  <td>{t(`status.${price.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <SourceLine sourceIds={[series.source]} />
        </div>
      ))}

      {facts.importSources.length > 0 ? (
        <div>
          <h4>{localized(facts.importSources[0]!.subject, language)}</h4>
          <ul className="partner-list">
            {facts.importSources.map((entry) => (
              <li key={`${entry.country ?? 'rest'}-${entry.period}`}>
                {t('elementFacts.importSource', {
                  period: entry.period,
                  country: entry.country ? countryName(entry.country) : t('concentration.other'),
                  share: figure(entry.value, entry.unit),
                })}
                {entry.note ? (
                  <span className="notes block" lang="en">
                    {entry.note}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <SourceLine sourceIds={unique(facts.importSources.map((entry) => entry.source))} />
        </div>
      ) : null}

      {facts.demand.map((entry) => (
        <div key={`${entry.source}-${entry.period}`}>
          <p>
            {t('elementFacts.demand', {
              subject: localized(entry.subject, language),
              period: entry.period,
              value: figure(entry.value, entry.unit),
            })}
            {status(entry.status)}
          </p>
          {entry.note ? (
            <p className="notes" lang="en">
              {entry.note}
            </p>
          ) : null}
          <SourceLine sourceIds={[entry.source]} />
        </div>
      ))}

      {facts.oreGrades.length > 0 ? (
        <div>
          <table className="figures-table">
            <caption>{t('elementFacts.oreGrades', { mineral: mineralName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('elementFacts.deposit')}</th>
                <th scope="col">{t('table.country')}</th>
                <th scope="col">{t('elementFacts.grade')}</th>
              </tr>
            </thead>
            <tbody>
              {facts.oreGrades.map((grade) => (
                <tr key={grade.subject.en}>
                  <th scope="row">{localized(grade.subject, language)}</th>
                  <td>{grade.country ? countryName(grade.country) : ''}</td>
                  <td className="number">{figure(grade.value, '%')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="notes">{t('elementFacts.oreGradesNote')}</p>
          <SourceLine sourceIds={unique(facts.oreGrades.map((grade) => grade.source))} />
        </div>
      ) : null}

      {facts.capacities.length > 0 || facts.milestones.length > 0 ? (
        <div>
          <h4>{t('elementFacts.capacitiesAndEvents')}</h4>
          <ul className="partner-list">
            {facts.capacities.map((capacity) => (
              <li key={`${capacity.company ?? ''}-${capacity.country}-${capacity.year}`}>
                {t(`elementFacts.capacity.${capacity.kind}`, {
                  who: capacity.company
                    ? `${capacity.company}, ${countryName(capacity.country)}`
                    : countryName(capacity.country),
                  year: capacity.year,
                  value: figure(capacity.value, capacity.unit),
                })}
                {status(capacity.status)}
                {capacity.note ? (
                  <span className="notes block">
                    <NoteText note={capacity.note} />
                  </span>
                ) : null}
                <SourceLine sourceIds={[capacity.source]} />
              </li>
            ))}
            {facts.milestones.map(({ item }) => (
              <li key={item.id}>
                {formatDate(item.date, language)}: {localized(item.title, language, item.id)}
                <SourceLine sourceIds={[item.source]} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
