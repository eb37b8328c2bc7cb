import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../components/localized';
import { PALETTE } from '../../components/palette';
import { SourceLine } from '../../components/source-line';
import { useModelIndex } from '../../data/model-context';
import { SHARE_OF_WORLD_UNIT, type Stage } from '../../domain/model-schema';
import type { Language, Translate } from '../../i18n/i18n';
import { formatList, formatNumber, formatShare } from '../../lib/format';
import { useAppState } from '../../store/store-context';
import { FiguresTable } from './figures-table';
import { mineralConcentration, type MineralConcentration } from './mineral-concentration';
import { ShareChart, type ShareChartRow } from './share-chart';

export function ConcentrationView() {
  const { t } = useTranslation();
  const filters = useAppState((state) => ({
    minerals: state.minerals,
    stage: state.stage,
    year: state.year,
    countries: state.countries,
    groups: state.groups,
    viewAs: state.viewAs,
    language: state.language,
  }));
  if (filters.minerals.length === 0 || filters.year === null) {
    return <p className="empty-state">{t('concentration.selectMineral')}</p>;
  }
  const year = filters.year;
  return (
    <div className="small-multiples">
      {filters.minerals.map((mineral) => (
        <MineralPanel key={mineral} {...filters} mineral={mineral} year={year} />
      ))}
    </div>
  );
}

interface PanelProps {
  mineral: string;
  stage: Stage;
  year: number;
  countries: string[];
  groups: string[];
  viewAs: string;
  language: Language;
}

function MineralPanel({ mineral, stage, year, countries, groups, viewAs, language }: PanelProps) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const figures = useMemo(
    () => mineralConcentration(index, { mineral, stage, year, groups, viewAs }),
    [index, mineral, stage, year, groups, viewAs],
  );
  const mineralName = localized(index.mineral(mineral)?.name, language, mineral);
  const stageName = t(`stageInSentence.${stage}`);
  const countryName = (id: string) => localized(index.country(id)?.name, language, id);
  const title = t('concentration.chartTitle', { mineral: mineralName, stage: stageName, year });
  const headingId = `panel-${mineral}`;
  const { breakdown } = figures;
  const total = breakdown.worldTotal;
  const [showTable, setShowTable] = useState(false);

  if (breakdown.countries.length === 0 && !total) {
    return (
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        <p className="empty-state">
          {t('concentration.noFigures', { mineral: mineralName, stage: stageName, year })}
        </p>
      </section>
    );
  }

  const rows = chartRows(figures, { countries, viewAs, language, t, countryName });
  const unknown = breakdown.countries.filter((row) => row.value === null);
  const hasEstimates = breakdown.countries.some((row) => row.status === 'estimated');
  const hasProxies = breakdown.countries.some((row) => row.status === 'proxy');
  const mineralNote = localized(index.mineral(mineral)?.note, language);
  // Each distinct note of the records shown, proxy explanations first.
  const recordNotes = [
    ...new Set(
      [...(total ? [total] : []), ...breakdown.countries]
        .sort((a, b) => Number(b.status === 'proxy') - Number(a.status === 'proxy'))
        .flatMap((record) => (record.note ? [record.note] : [])),
    ),
  ];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="subtitle">
        {total?.unit === SHARE_OF_WORLD_UNIT
          ? t('concentration.subtitleShares')
          : total && total.value !== null
            ? t('concentration.subtitle', {
                total: formatNumber(total.value, language),
                unit: total.unit,
              })
            : t('concentration.subtitleNoTotal', {
                status: t(`status.${total?.status ?? 'not-available'}`),
              })}
      </p>
      <Readout
        figures={figures}
        language={language}
        countryName={countryName}
        stage={stage}
        viewAs={viewAs}
      />
      <button
        type="button"
        className="view-toggle"
        aria-pressed={showTable}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('table.hide') : t('table.show')}
      </button>
      {showTable ? (
        <FiguresTable breakdown={breakdown} caption={title} language={language} />
      ) : (
        <ShareChart rows={rows} description={`${title}. ${rowsDescription(rows)}`} />
      )}
      <div className="notes">
        {hasEstimates ? <p>{t('concentration.estimatedMark')}</p> : null}
        {hasProxies ? <p>{t('concentration.proxyMark')}</p> : null}
        {unknown.length > 0 ? (
          <p>
            {t('concentration.unknownValues', {
              status: formatList(
                [...new Set(unknown.map((row) => t(`status.${row.status}`)))],
                language,
              ),
              countries: formatList(
                unknown.map((row) => countryName(row.country)),
                language,
              ),
            })}
          </p>
        ) : null}
        {mineralNote ? <p>{mineralNote}</p> : null}
        {recordNotes.map((recordNote) => (
          <p key={recordNote}>{recordNote}</p>
        ))}
      </div>
      <SourceLine sourceIds={figures.sourceIds} />
    </section>
  );
}

function Readout({
  figures,
  language,
  countryName,
  stage,
  viewAs,
}: {
  figures: MineralConcentration;
  language: Language;
  countryName: (id: string) => string;
  stage: Stage;
  viewAs: string;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const { top1, top3Share, hhi, band, hhiIsLowerBound } = figures.concentration;
  const stageName = t(`stageInSentence.${stage}`);
  const share = (value: number | null) =>
    value === null ? t('common.na') : formatShare(value, language);
  return (
    <ul className="readout">
      {top1 ? (
        <li>
          {t('concentration.top1', {
            country: countryName(top1.country),
            share: share(top1.share),
          })}
        </li>
      ) : null}
      {top3Share !== null ? <li>{t('concentration.top3', { share: share(top3Share) })}</li> : null}
      {hhi !== null && band ? (
        <li title={t('concentration.hhiExplained')}>
          <strong>
            {t(hhiIsLowerBound ? 'concentration.hhiLowerBound' : 'concentration.hhi', {
              value: formatNumber(Math.round(hhi), language),
            })}
          </strong>{' '}
          · <span className={`band band-${band}`}>{t(`concentration.band.${band}`)}</span>
        </li>
      ) : null}
      {figures.groupShares.map(({ group, share: groupShareFigure }) => (
        <li key={group}>
          {t('concentration.groupShare', {
            group: localized(index.group(group)?.name, language, group),
            share: share(groupShareFigure.share),
            stage: stageName,
          })}
        </li>
      ))}
      {figures.viewAsListed ? (
        <li>
          {t('concentration.viewAsShare', {
            country: countryName(viewAs),
            share: share(figures.viewAsShare.share),
            stage: stageName,
          })}
        </li>
      ) : null}
    </ul>
  );
}

/** Marks written after a share, as the publishers' own tables mark estimates. */
const STATUS_MARKS: Partial<Record<string, string>> = { estimated: ' e', proxy: ' p' };

function chartRows(
  figures: MineralConcentration,
  context: {
    countries: string[];
    viewAs: string;
    language: Language;
    t: Translate;
    countryName: (id: string) => string;
  },
): ShareChartRow[] {
  const { t, language } = context;
  const rows: ShareChartRow[] = figures.breakdown.countries.map((row) => ({
    key: row.country,
    label: context.countryName(row.country),
    share: row.share,
    shareLabel:
      row.share === null
        ? t('common.na')
        : `${formatShare(row.share, language)}${STATUS_MARKS[row.status] ?? ''}`,
    color: context.countries.includes(row.country)
      ? PALETTE.highlight
      : row.country === context.viewAs
        ? PALETTE.viewAs
        : PALETTE.base,
  }));
  const { unattributed } = figures.breakdown;
  if (unattributed && unattributed.value > 0) {
    rows.push({
      key: 'unattributed',
      label: t('concentration.other'),
      share: unattributed.share,
      shareLabel: formatShare(unattributed.share, language),
      color: PALETTE.unattributed,
    });
  }
  return rows;
}

function rowsDescription(rows: ShareChartRow[]): string {
  return rows.map((row) => `${row.label} ${row.shareLabel}`).join(', ');
}
