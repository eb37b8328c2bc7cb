import type { Slide } from '../../domain/deck-schema';
import { LANGUAGES, type Language } from '../../domain/language';
import type { Translate } from '../../i18n/i18n';

/**
 * A slide's title and notes in the reader's language; where they are not written in it, those
 * of the other language, the notes marked as such (so a presenter never reads out the wrong
 * language unawares).
 */
export function slideText(
  slide: Pick<Slide, 'title' | 'notes'>,
  language: Language,
  t: Translate,
): { title: string; notes: { text: string; marked: string | null } } {
  const other = LANGUAGES.find((candidate) => candidate !== language)!;
  const ownNotes = slide.notes[language];
  const borrowed = ownNotes === '' && slide.notes[other] !== '';
  return {
    title: slide.title[language] || slide.title[other],
    notes: {
      text: borrowed ? slide.notes[other] : ownNotes,
      marked: borrowed
        ? t('slide.notesOnlyIn', {
            missing: t(`slide.languageName.${language}`),
            language: t(`slide.languageName.${other}`),
          })
        : null,
    },
  };
}
