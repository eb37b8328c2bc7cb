import type { Language } from '../i18n/i18n';

const INTL_LOCALE: Record<Language, string> = { en: 'en-US', ja: 'ja-JP' };

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits: 1 }).format(value);
}

/**
 * Shares as percentages: whole percent from 10 % up, one decimal below, so that small suppliers do
 * not all read "0 %" and large ones do not suggest a precision the rounded totals do not have.
 */
export function formatShare(share: number, language: Language): string {
  const percent = share * 100;
  if (percent > 0 && percent < 0.1) {
    return `<${new Intl.NumberFormat(INTL_LOCALE[language], { style: 'percent', maximumFractionDigits: 1 }).format(0.001)}`;
  }
  const fractionDigits = percent >= 10 || percent === 0 ? 0 : 1;
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

/** An ISO date (YYYY-MM-DD) as the reader's locale writes it, without time-zone shifts. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, month! - 1, day)));
}

/** "A, B and C" / "A、B、C", as the language joins a list. */
export function formatList(items: string[], language: Language): string {
  return new Intl.ListFormat(INTL_LOCALE[language], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}

/** A relative change as a signed whole percentage: "+12%", "−50%". */
export function formatChange(ratio: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(ratio);
}
