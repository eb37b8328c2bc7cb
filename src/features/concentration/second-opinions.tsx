import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mainSupplierOpinions } from '../../analytics/element-facts';
import { citeSource } from '../../components/citation';
import { localized } from '../../components/localized';
import { SourceLine } from '../../components/source-line';
import { useCountryName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import type { Measure } from '../../domain/model-schema';
import { formatExact } from '../../lib/format';

/**
 * Another study's largest supplier for the stage (e.g. the EU CRM 2023 study), one click away and
 * labelled with its source: a second opinion, never mixed into the panel's table or its year.
 */
export function SecondOpinions({
  mineral,
  measure,
  language,
}: {
  mineral: string;
  measure: Measure;
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const countryName = useCountryName();
  const opinions = useMemo(
    () => mainSupplierOpinions(index.model, mineral, measure),
    [index.model, mineral, measure],
  );
  return opinions.map((opinion) => (
    <details key={`${opinion.source}-${opinion.country ?? ''}`} className="alternative-reading">
      <summary>{t('secondOpinion.summary', { source: citeSource(index, opinion.source) })}</summary>
      <p>
        {t('secondOpinion.figure', {
          subject: localized(opinion.subject, language),
          country: opinion.country ? countryName(opinion.country) : t('common.na'),
          share:
            opinion.value === null
              ? t('common.na')
              : `${formatExact(opinion.value, language)}${opinion.unit === '%' ? '%' : ` ${opinion.unit}`}`,
        })}
      </p>
      {opinion.note ? (
        <p className="notes" lang="en">
          {opinion.note}
        </p>
      ) : null}
      <SourceLine sourceIds={[opinion.source]} />
    </details>
  ));
}
