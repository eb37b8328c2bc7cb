import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/use-names';
import { citeSource } from '../../components/citation';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import { formatShare } from '../../lib/format';
import { boundedText } from '../../components/bounded-text';
import type { ShareBreakdown } from '../../analytics/shares';
import { unitName } from '../../components/unit-name';
import { writtenLanguage } from '../../lib/written-language';

/** The figures behind a share chart as a table: value, unit, share, status and source per row. */
export function FiguresTable({
  breakdown,
  caption,
  language,
}: {
  breakdown: ShareBreakdown;
  caption: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const countryName = useCountryName();
  const na = t('common.na');
  const bounded = boundedText(breakdown, language, t);
  const { value, share } = bounded;
  const rest = breakdown.unattributed && bounded.unattributed(breakdown.unattributed);
  const sourceTitle = (id: string) => citeSource(index, id);
  const total = breakdown.worldTotal;
  return (
    <table className="figures-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.country')}</th>
          <th scope="col">{t('table.value')}</th>
          <th scope="col">{t('table.unit')}</th>
          <th scope="col">{t('table.share')}</th>
          <th scope="col">{t('table.status')}</th>
          <th scope="col">{t('table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {breakdown.countries.map((row) => (
          <tr key={row.country}>
            <th scope="row">{countryName(row.country)}</th>
            <td className="number">{value(row.value)}</td>
            <td>{unitName(row.unit, t)}</td>
            <td className="number">{share(row.share)}</td>
            <td>{t(`status.${row.status}`)}</td>
            <SourceCell text={sourceTitle(row.source)} />
          </tr>
        ))}
        {rest ? (
          <tr>
            <th scope="row">{t('concentration.other')}</th>
            <td className="number">{rest.value}</td>
            <td>{total ? unitName(total.unit, t) : null}</td>
            <td className="number">{rest.share}</td>
            <td>{t('table.derived')}</td>
            <SourceCell text={total ? sourceTitle(total.source) : ''} />
          </tr>
        ) : null}
      </tbody>
      {total ? (
        <tfoot>
          <tr>
            <th scope="row">
              {t(total.status === 'proxy' ? 'concentration.proxyGroupTotal' : 'table.worldTotal')}
            </th>
            <td className="number">{value(total.value, total.bound)}</td>
            <td>{unitName(total.unit, t)}</td>
            <td className="number">{total.value === null ? na : formatShare(1, language)}</td>
            <td>{t(`status.${total.status}`)}</td>
            <SourceCell text={sourceTitle(total.source)} />
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/** A citation as published, its language marked for screen readers. */
function SourceCell({ text }: { text: string }) {
  return <td lang={text ? writtenLanguage(text) : undefined}>{text}</td>;
}
