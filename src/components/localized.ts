import type { LocalizedText, Note } from '../domain/model-schema';
import type { Language } from '../domain/language';

export function localized(
  text: LocalizedText | undefined,
  language: Language,
  fallback = '',
): string {
  return text?.[language] ?? fallback;
}

/**
 * A record's note in the reader's language; in English where the note has no translation (a file
 * older than version 3), with `lang` set so that the page marks it as English.
 */
export function localizedNote(
  note: Note,
  language: Language,
): { text: string; lang: 'en' | undefined } {
  const text = note[language];
  return text === undefined
    ? { text: note.en, lang: language === 'en' ? undefined : 'en' }
    : { text, lang: undefined };
}
