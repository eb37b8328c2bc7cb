import { useTranslation } from 'react-i18next';
import { citeSource } from '../../components/citation';
import { useSlideFrame } from '../../components/slide-frame';
import { FigureTip, TooltipFacts } from '../../components/tooltip';
import { useModelIndex } from '../../data/model-context';
import type { Language } from '../../domain/language';
import { formatCompact, formatExact } from '../../lib/format';
import { writtenLanguage } from '../../lib/written-language';

/**
 * Recorded imports in USD as read at a glance ("569 M USD", 「5.7億ドル」), opening the exact value
 * with its unit, year and source on hover, keyboard focus or a tap. A slide prints the compact
 * figure alone: nothing on it is to be focused.
 */
export function ExactUsd({
  value,
  year,
  source,
  language,
}: {
  value: number;
  year: number;
  source: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const onSlide = useSlideFrame() !== null;
  const compact = t('exposure.usd', { value: formatCompact(value, language) });
  if (onSlide) return compact;
  const cited = citeSource(index, source);
  return (
    <FigureTip
      tip={
        <>
          <strong className="tooltip-title">{t('exposureExact.title')}</strong>{' '}
          <TooltipFacts
            facts={[
              {
                term: t('exposureExact.exactValue'),
                value: t('exposure.usd', { value: formatExact(value, language) }),
              },
              { term: t('exposureExact.unit'), value: t('exposureExact.usDollars') },
              { term: t('exposureExact.year'), value: t('exposureExact.yearValue', { year }) },
              { term: t('table.source'), value: cited, lang: writtenLanguage(cited) },
            ]}
          />
        </>
      }
    >
      {compact}
    </FigureTip>
  );
}
