import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tradeAroundEvent, type TimelineItem, type TradeChange } from '../../analytics/timeline';
import { NoteText } from '../../components/note-text';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { localized } from '../../components/localized';
import { ControlStatusLines } from '../../components/control-status-lines';
import { SourceDetails } from '../../components/source-details';
import { SourceLine } from '../../components/source-line';
import { useSlideFrame } from '../../components/slide-frame';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Language } from '../../domain/language';
import { formatChange, formatDate, formatList, formatNumber } from '../../lib/format';

/** The selected event: its date, issuer, scope, source and the trade around it. */
export function EventDetails({
  item,
  language,
  viewAs,
  onOpen,
  withTrade = true,
  children,
}: {
  item: TimelineItem;
  language: Language;
  viewAs: string;
  /** Opens the event's figures; a slide, which opens nothing, leaves it out. */
  onOpen?: () => void;
  /** False when the trade before and after is shown elsewhere (a slide sets it beside the event). */
  withTrade?: boolean;
  /** Actions on the event, shown under its figures. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const source = index.source(item.source);
  const countryName = useCountryName();
  const mineralName = useMineralName();
  // Under the slide's title (h1) on a slide, under the view's heading (h2) on the screen.
  const Heading = useSlideFrame() ? 'h2' : 'h3';
  return (
    <section className="panel event-details" aria-labelledby={`event-${item.id}`}>
      <Heading id={`event-${item.id}`}>{localized(item.title, language, item.id)}</Heading>
      <p className="subtitle">
        {formatDate(item.date, language)} · {t(`timeline.categories.${item.category}`)}
      </p>
      <dl className="outcome-figures">
        <dt>{t('timeline.countries')}</dt>
        <dd>{formatList(item.countries.map(countryName), language)}</dd>
        <dt>{t('filters.minerals')}</dt>
        <dd>
          {item.minerals.length === 0
            ? t('timeline.criticalMinerals')
            : formatList(item.minerals.map(mineralName), language)}
        </dd>
      </dl>
      {item.note ? (
        <p className="notes">
          <NoteText note={item.note} />
        </p>
      ) : null}
      <ControlStatusLines ids={item.controls} />
      {source && onOpen === undefined ? (
        <SourceLine sourceIds={[source.id]} />
      ) : source ? (
        <div className="event-source">
          <p className="source-heading">{t('source.label')}</p>
          <SourceDetails source={source} />
        </div>
      ) : null}
      {children}
      {onOpen ? (
        <button type="button" onClick={onOpen}>
          {t('timeline.open')}
        </button>
      ) : null}
      {withTrade && tradeExporter(item) ? (
        <TradeBeforeAfter
          item={item}
          exporter={tradeExporter(item)!}
          viewAs={viewAs}
          language={language}
        />
      ) : null}
    </section>
  );
}

/** The country whose exports an event's trade before and after is about: an export control's issuer. */
export function tradeExporter(item: TimelineItem): string | null {
  return item.category === 'export-control' ? (item.countries[0] ?? null) : null;
}

/**
 * The exporter's trade before and after the event, per trade code: all its exports and those to
 * the view-as country. Its key rows only (what the view-as country imported, before and after)
 * when `keyRows` is set, as a slide shows it, saying where the rest is.
 */
export function TradeBeforeAfter({
  item,
  exporter,
  viewAs,
  language,
  keyRows = false,
}: {
  item: TimelineItem;
  exporter: string;
  viewAs: string;
  language: Language;
  keyRows?: boolean;
}) {
  const { t } = useTranslation();
  const trade = useQuery(tradeQuery(useActiveModel()));
  const countryName = useCountryName();
  const codeLabel = useTradeCodeLabel();
  const changes = useMemo(
    () =>
      trade.data
        ? tradeAroundEvent(trade.data, {
            exporter,
            importer: viewAs,
            minerals: item.minerals,
            date: item.date,
          })
        : [],
    [trade.data, exporter, viewAs, item],
  );
  if (trade.isPending) return <p role="status">{t('exposure.loadingTrade')}</p>;
  const usd = (value: number) =>
    t('exposure.usd', { value: formatNumber(Math.round(value), language) });
  if (changes.length === 0) return <p className="notes">{t('timeline.noTradeAround')}</p>;
  const sources = (
    <SourceLine sourceIds={[...new Set(changes.flatMap((change) => change.sources))]} />
  );
  // Its year beside each amount: the years before and after differ by code.
  const inYear = (side: TradeChange['before'], value: number) => (
    <>
      {side.year}: <span>{usd(value)}</span>
    </>
  );
  const columns: { header: string; cell: (change: TradeChange) => ReactNode }[] = keyRows
    ? [
        { header: t('timeline.before'), cell: (c) => inYear(c.before, c.before.toImporter) },
        { header: t('timeline.after'), cell: (c) => inYear(c.after, c.after.toImporter) },
      ]
    : [
        { header: t('timeline.before'), cell: (c) => inYear(c.before, c.before.total) },
        { header: t('timeline.after'), cell: (c) => inYear(c.after, c.after.total) },
        {
          header: t('timeline.change'),
          cell: (c) => (c.change === null ? t('common.na') : formatChange(c.change, language)),
        },
        {
          header: t('timeline.toViewAs', { country: countryName(viewAs) }),
          cell: (c) => `${usd(c.before.toImporter)} → ${usd(c.after.toImporter)}`,
        },
      ];
  return (
    <div className="trade-around">
      <table className="figures-table">
        <caption>
          {keyRows
            ? t('eventSlide.importsCaption', {
                importer: countryName(viewAs),
                exporter: countryName(exporter),
              })
            : t('timeline.tradeCaption', { exporter: countryName(exporter) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('exposure.code')}</th>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.code}>
              <th scope="row">{codeLabel(change.code)}</th>
              {columns.map((column) => (
                <td className="number" key={column.header}>
                  {column.cell(change)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {sources}
      {keyRows ? (
        <p className="notes">
          {t('eventSlide.exportsInView', { exporter: countryName(exporter) })}
        </p>
      ) : null}
    </div>
  );
}
