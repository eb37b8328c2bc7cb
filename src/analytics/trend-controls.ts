import type { LocalizedText, Model } from '../domain/model-schema';

/** An export control to mark on a trend of years. */
export interface ControlMark {
  id: string;
  /** ISO date: an event's date, or a register entry's entry into force (its announcement when none). */
  date: string;
  /** Where the date falls on an axis of years (2023-08-01 → 2023.58). */
  at: number;
  title: LocalizedText;
}

/** 2023-08-01 → 2023.58: where a date falls on an axis of years. */
export function yearFraction(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(year, 0, 1);
  return year + (Date.UTC(year, month - 1, day) - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/**
 * The export controls on a mineral, oldest first: the events of kind export control, and the
 * register's controls that no such event reports (so a measure is marked once, under the event
 * that tells of it).
 */
export function controlMarks(
  model: Pick<Model, 'events' | 'exportControls'>,
  mineral: string,
): ControlMark[] {
  const events = model.events.filter(
    (event) => event.kind === 'export-control' && event.minerals.includes(mineral),
  );
  const reported = new Set(events.flatMap((event) => event.controls ?? []));
  const measures = model.exportControls.filter(
    (entry) =>
      entry.kind === 'control' && entry.minerals.includes(mineral) && !reported.has(entry.id),
  );
  return [
    ...events.map((event) => ({ id: event.id, date: event.date, title: event.title })),
    ...measures.map((entry) => ({
      id: entry.id,
      date: (entry.effective ?? entry.announced).date,
      title: entry.title,
    })),
  ]
    .map((mark) => ({ ...mark, at: yearFraction(mark.date) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * Marks an axis of years ending at `lastYear` can draw, and those dated after it: a chart of
 * 2015–2024 has no place for a control of 9 October 2025 and must say so at its end instead.
 */
export function splitAtAxisEnd<T extends { at: number }>(
  marks: readonly T[],
  lastYear: number,
): { onAxis: T[]; afterEnd: T[] } {
  return {
    onAxis: marks.filter((mark) => mark.at <= lastYear),
    afterEnd: marks.filter((mark) => mark.at > lastYear),
  };
}
