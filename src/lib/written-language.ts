import type { Language } from '../domain/language';

/** Kana and CJK ideographs: a text holding any is taken to be Japanese, unless it is Chinese. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;
/**
 * Simplified Chinese characters that Japanese never writes (its forms are 務 関 総 対 実 発 経 済 為
 * 産 業 両 項 調 優 認 貿 時 動 現 見 開 問 間 説 語 …): MOFCOM's titles hold several of them.
 */
const SIMPLIFIED_CHINESE = /[务关总对实发经济为这们进产业两项调优认贸时动现见开问间说语镓锗]/;

/** The tag of a text's language: the app's own two, or Simplified Chinese as MOFCOM publishes. */
export type WrittenLanguage = Language | 'zh-Hans';

/**
 * The language a text from a file is written in, as far as the page must tell a screen reader
 * (WCAG 3.1.2): source titles and publishers' names are kept as published, mostly in English.
 */
export function writtenLanguage(text: string): WrittenLanguage {
  if (!JAPANESE_SCRIPT.test(text)) return 'en';
  return SIMPLIFIED_CHINESE.test(text) && !/[\u3040-\u30ff]/.test(text) ? 'zh-Hans' : 'ja';
}
