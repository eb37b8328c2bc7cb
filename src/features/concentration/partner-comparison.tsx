import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { sourceLines } from '../../components/citation';
import { ExportButtons } from '../../components/export-buttons';
import { MountInTurn } from '../../components/mount-in-turn';
import { useModelIndex } from '../../data/model-context';
import { PALETTE } from '../../components/palette';
import type { Measure } from '../../domain/model-schema';
import type { Language } from '../../domain/language';
import { formatList, formatShare } from '../../lib/format';
import type { StageConcentration } from './mineral-concentration';

interface ComparisonRow {
  stage: string;
  partners: number | null;
  top: number | null;
  topCountry: string;
}

/** The share of each stage held by the view-as country's partners, against the largest supplier. */
export function PartnerComparison({
  mineral,
  year,
  mineralName,
  viewAsName,
  partnerNames,
  stages,
  countryName,
  language,
}: {
  /** The mineral's id and the year, for file names. */
  mineral: string;
  year: number;
  mineralName: string;
  viewAsName: string;
  partnerNames: string[];
  stages: (readonly [Measure, StageConcentration])[];
  countryName: (id: string) => string;
  language: Language;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const index = useModelIndex();
  const figureRef = useRef<HTMLDivElement>(null);
  const rows: ComparisonRow[] = stages
    .filter(([, figures]) => figures.concentration.top1 !== null)
    .map(([measure, figures]) => ({
      stage: t(`stage.${measure}`),
      partners: figures.partnersShare.share,
      top: figures.concentration.top1?.share ?? null,
      topCountry: countryName(figures.concentration.top1?.country ?? ''),
    }));
  if (rows.length === 0 || partnerNames.length === 0) return null;
  const share = (value: unknown) =>
    typeof value === 'number' ? formatShare(value, language) : t('common.na');
  const partnersLabel = t('concentration.partners.label', { country: viewAsName });
  const title = t('concentration.partners.title', { mineral: mineralName, country: viewAsName });
  const definition = t('concentration.partners.definition', {
    country: viewAsName,
    partners: formatList(partnerNames, language),
  });
  return (
    <section className="panel partners" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ul className="readout">
        {rows.map((row) => (
          <li key={row.stage}>
            {t('concentration.partners.line', {
              stage: row.stage,
              partners: partnersLabel,
              partnersShare: share(row.partners),
              top: row.topCountry,
              topShare: share(row.top),
            })}
          </li>
        ))}
      </ul>
      <ExportButtons
        figure={figureRef}
        text={{
          title,
          subtitle: String(year),
          // recharts draws its legend as HTML beside the chart: the picture gets it from here.
          legend: [
            { swatch: { kind: 'box', fill: PALETTE.partners }, label: partnersLabel },
            {
              swatch: { kind: 'box', fill: PALETTE.base },
              label: t('concentration.partners.largest'),
            },
          ],
          footer: [
            definition,
            ...sourceLines(
              index,
              stages.flatMap(([, figures]) => figures.sourceIds),
              t('source.label'),
            ),
          ],
        }}
        csv={() => [
          [
            t('filters.stage'),
            t('figureExport.fractionColumn', { column: partnersLabel }),
            t('figureExport.largestSupplier'),
            t('figureExport.fractionColumn', { column: t('figureExport.largestSupplier') }),
          ],
          ...rows.map((row) => [row.stage, row.partners, row.topCountry, row.top]),
        ]}
        fileStem={`${mineral}-${stages.map(([measure]) => measure).join('-')}-${year}-partners-vs-largest`}
      />
      <div ref={figureRef}>
        <MountInTurn height={rows.length * 56 + 40}>
          <ResponsiveContainer
            width="100%"
            height={rows.length * 56 + 40}
            initialDimension={{ width: 640, height: rows.length * 56 + 40 }}
          >
            <BarChart
              data={rows}
              layout="vertical"
              margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
              barGap={2}
              title={partnersLabel}
            >
              <XAxis type="number" domain={[0, 1]} hide />
              <YAxis
                type="category"
                dataKey="stage"
                width={80}
                tickLine={false}
                axisLine={false}
                tick={{ fontSize: 12, fill: PALETTE.text }}
              />
              <Legend
                formatter={(key) =>
                  key === 'partners' ? partnersLabel : t('concentration.partners.largest')
                }
              />
              {(
                [
                  ['partners', PALETTE.partners, 1],
                  ['top', PALETTE.base, 0],
                ] as const
              ).map(([key, fill, minPointSize]) => (
                <Bar
                  key={key}
                  dataKey={key}
                  fill={fill}
                  isAnimationActive={false}
                  minPointSize={minPointSize}
                >
                  <LabelList
                    dataKey={key}
                    position="right"
                    formatter={share}
                    fontSize={12}
                    fill={PALETTE.text}
                  />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </MountInTurn>
      </div>
      <p className="notes">{definition}</p>
    </section>
  );
}
