import { localizedNote } from '../../components/localized';
import type { Language } from '../../domain/language';
import type { Note } from '../../domain/model-schema';

/** A note sentence and the records it is written on (countries, or the world total). */
export interface GroupedNote {
  text: string;
  /** "en" when the note has no text in the reader's language and is shown in English. */
  lang: 'en' | undefined;
  /** Country ids the sentence is written on; empty when it concerns every record shown. */
  countries: string[];
  onWorldTotal: boolean;
}

interface NotedRecord {
  country?: string;
  note?: Note;
  status: string;
}

// A sentence ends at a full stop followed by a space ("3.3 million" stays whole), or after "。".
const SENTENCE_END = /(?<=\.)\s+|(?<=。)/;

/**
 * Publishers repeat the same footnote on many rows. Each sentence is shown once, with the
 * countries it concerns, proxy explanations first.
 */
export function groupNotes(
  worldTotal: NotedRecord | undefined,
  rows: readonly NotedRecord[],
  language: Language,
): GroupedNote[] {
  const notes = new Map<string, GroupedNote & { proxy: boolean }>();
  const add = (record: NotedRecord, isWorldTotal: boolean) => {
    if (!record.note) return;
    const { text: note, lang } = localizedNote(record.note, language);
    for (const text of note.split(SENTENCE_END).map((part) => part.trim())) {
      if (!text) continue;
      const entry = notes.get(text) ?? {
        text,
        lang,
        countries: [],
        onWorldTotal: false,
        proxy: false,
      };
      if (isWorldTotal) entry.onWorldTotal = true;
      else if (record.country && !entry.countries.includes(record.country))
        entry.countries.push(record.country);
      entry.proxy ||= record.status === 'proxy';
      notes.set(text, entry);
    }
  };
  if (worldTotal) add(worldTotal, true);
  for (const row of rows) add(row, false);
  const everyRow = (entry: GroupedNote) =>
    rows.length > 1 && entry.countries.length === rows.length;
  return [...notes.values()]
    .sort((a, b) => Number(b.proxy) - Number(a.proxy))
    .map(({ proxy: _proxy, ...entry }) => (everyRow(entry) ? { ...entry, countries: [] } : entry));
}
