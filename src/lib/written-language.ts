import type { Language } from '../domain/language';

/** Kana and CJK ideographs: a text holding any is taken to be Japanese. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

/**
 * The language a text from a file is written in, as far as the page must tell a screen reader
 * (WCAG 3.1.2): source titles and publishers' names are kept as published, mostly in English.
 */
export function writtenLanguage(text: string): Language {
  return JAPANESE_SCRIPT.test(text) ? 'ja' : 'en';
}
