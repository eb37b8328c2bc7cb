import type { Note } from '../domain/model-schema';
import { useAppState } from '../store/store-context';
import { localizedNote } from './localized';

/** A record's note in the reader's language, or in English marked `lang="en"` where untranslated. */
export function NoteText({ note }: { note: Note }) {
  const language = useAppState((state) => state.language);
  const { text, lang } = localizedNote(note, language);
  return <span lang={lang}>{text}</span>;
}
