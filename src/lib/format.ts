import type { Language } from '../domain/language';

const INTL_LOCALE: Record<Language, string> = { en: 'en-US', ja: 'ja-JP' };

/**
 * Making an Intl formatter costs far more than using one, and a chart formats hundreds of
 * figures: each kind of formatter is made once per language.
 */
function cachedPerLanguage<T>(make: (locale: string) => T): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    let formatter = made.get(language);
    if (!formatter) made.set(language, (formatter = make(INTL_LOCALE[language])));
    return formatter;
  };
}

// signDisplay 'negative': a sign only for numbers below zero, so -0 (or -0.01 rounded) reads "0".
const numberFormat = cachedPerLanguage(
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'negative' }),
);
const exactFormat = cachedPerLanguage(
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 20, signDisplay: 'negative' }),
);
const percentFormat = [0, 1].map((digits) =>
  cachedPerLanguage(
    (locale) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: 'negative',
      }),
  ),
) as [(language: Language) => Intl.NumberFormat, (language: Language) => Intl.NumberFormat];
const dateFormat = cachedPerLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }),
);
const listFormat = cachedPerLanguage(
  (locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
);
const changeFormat = cachedPerLanguage(
  (locale) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    }),
);
const compactFormat = cachedPerLanguage(
  (locale) => new Intl.NumberFormat(locale, { notation: 'compact', signDisplay: 'negative' }),
);
const signedFormat = cachedPerLanguage(
  (locale) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
);
const collator = cachedPerLanguage((locale) => new Intl.Collator(locale));

export function formatNumber(value: number, language: Language): string {
  return numberFormat(language).format(value);
}

/** A figure with every decimal the publisher gives (grades such as 0.007 %, demand of 0.434428 kt). */
export function formatExact(value: number, language: Language): string {
  return exactFormat(language).format(value);
}

/** The items in the order the language sorts their names; each name is worked out once. */
export function sortedByName<T>(
  items: Iterable<T>,
  nameOf: (item: T) => string,
  language: Language,
): T[] {
  const { compare } = collator(language);
  return [...items]
    .map((item) => ({ item, name: nameOf(item) }))
    .sort((a, b) => compare(a.name, b.name))
    .map(({ item }) => item);
}

/**
 * Shares as percentages: whole percent from 10 % up, one decimal below, so that small suppliers do
 * not all read "0 %" and large ones do not suggest a precision the rounded totals do not have.
 */
export function formatShare(share: number, language: Language): string {
  const percent = share * 100;
  if (percent > 0 && percent < 0.1) return `<${percentFormat[1](language).format(0.001)}`;
  return percentFormat[percent >= 10 || percent === 0 ? 0 : 1](language).format(share);
}

/** An ISO date (YYYY-MM-DD) as the reader's locale writes it, without time-zone shifts. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return dateFormat(language).format(date);
}

/** "A, B and C" / "A、B、C", as the language joins a list. */
export function formatList(items: string[], language: Language): string {
  return listFormat(language).format(items);
}

/** A relative change as a signed whole percentage: "+12%", "−50%". */
export function formatChange(ratio: number, language: Language): string {
  return changeFormat(language).format(ratio);
}

/**
 * A large figure for reading at a glance, as the language shortens it: "569 M", 「5.7億」. It is a
 * display of the published value, which must stay one focus, hover or tap (FigureTip) or a table
 * away.
 */
export function formatCompact(value: number, language: Language): string {
  return compactFormat(language)
    .formatToParts(value)
    .map((part) =>
      // English puts a space before the magnitude ("569 M"), so the unit letter reads apart.
      part.type === 'compact' && language === 'en' ? `\u00a0${part.value}` : part.value,
    )
    .join('');
}

/** A difference with its sign: "+150", "−1,234.5", "0". */
export function formatSigned(value: number, language: Language): string {
  return signedFormat(language).format(value);
}
