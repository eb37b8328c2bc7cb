import type { ExportControl, LocalizedText } from '../domain/model-schema';

/** What a register entry amounts to on a given day, from the documents the data holds. */
export type ControlStatus =
  | { kind: 'not-announced' }
  /** Issued, but not yet applying; `startsOn` null when the data holds no start date. */
  | { kind: 'announced'; startsOn: string | null }
  | { kind: 'in-force'; since: string }
  /** Suspended (in part when `part` is given, the rest applying as before) until `until`, inclusive. */
  | { kind: 'suspended'; until: string; by: string[]; part: LocalizedText | null }
  /**
   * The last suspension ran to `endedOn` and the data holds no later document: what applies after
   * it is not known from the data, and is not guessed.
   */
  | { kind: 'suspension-ended'; endedOn: string; by: string[]; part: LocalizedText | null }
  | { kind: 'lifted'; on: string }
  /** A suspension document within its term. */
  | { kind: 'suspending'; until: string }
  /** A suspension document whose term has passed, with no later document in the data. */
  | { kind: 'term-ended'; endedOn: string };

export type StatusKind = ControlStatus['kind'];

interface SuspensionTerm {
  by: string;
  from: string;
  until: string;
  part: LocalizedText | null;
}

/** The suspensions the register records for one control, in the order they start. */
export function suspensionsOf(
  control: Pick<ExportControl, 'id'>,
  register: readonly ExportControl[],
): SuspensionTerm[] {
  return register
    .flatMap((entry) => {
      if (entry.kind !== 'suspension' || !entry.effective || !entry.until) return [];
      return entry.suspends
        .filter((suspended) => suspended.control === control.id)
        .map((suspended) => ({
          by: entry.id,
          from: entry.effective!.date,
          // A suspension lifted early ends the day before its lifting.
          until:
            entry.lifted && entry.lifted.date <= entry.until!.date
              ? dayBefore(entry.lifted.date)
              : entry.until!.date,
          part: suspended.part ?? null,
        }));
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.by.localeCompare(b.by));
}

/**
 * The status of a register entry on `date` (YYYY-MM-DD). A suspension's `until` is its last day, as
 * the documents word it ("until 10 November 2026"): on that day the control is still suspended, on
 * the next the suspension has ended. Where the last suspension has ended and nothing later is in the
 * data, the answer says so instead of assuming the control applies again.
 */
export function controlStatusOn(
  control: ExportControl,
  register: readonly ExportControl[],
  date: string,
): ControlStatus {
  if (date < control.announced.date) return { kind: 'not-announced' };
  if (control.lifted && date >= control.lifted.date)
    return { kind: 'lifted', on: control.lifted.date };
  if (control.kind === 'suspension') {
    const start = control.effective?.date;
    const until = control.until?.date;
    if (!start || !until || date < start) return { kind: 'announced', startsOn: start ?? null };
    return date <= until ? { kind: 'suspending', until } : { kind: 'term-ended', endedOn: until };
  }
  const terms = suspensionsOf(control, register).filter((term) => term.from <= date);
  const running = terms.filter((term) => date <= term.until);
  if (running.length > 0) {
    const whole = running.filter((term) => term.part === null);
    const governing = whole.length > 0 ? whole : running;
    return {
      kind: 'suspended',
      until: latest(governing.map((term) => term.until)),
      by: governing.map((term) => term.by),
      part: whole.length > 0 ? null : governing[0]!.part,
    };
  }
  if (terms.length > 0) {
    const endedOn = latest(terms.map((term) => term.until));
    const last = terms.filter((term) => term.until === endedOn);
    return {
      kind: 'suspension-ended',
      endedOn,
      by: last.map((term) => term.by),
      part: last.some((term) => term.part === null) ? null : last[0]!.part,
    };
  }
  const start = control.effective?.date;
  if (start && date >= start) return { kind: 'in-force', since: start };
  return { kind: 'announced', startsOn: start ?? null };
}

/** Whether a control's measure names the country as its target (not merely all destinations). */
export function targetsCountry(control: ExportControl, country: string): boolean {
  return control.target.scope !== 'all-destinations' && control.target.countries.includes(country);
}

/**
 * Whether some of a control's measure applies on the day: in force, or a part of it suspended (or
 * its part's suspension ended) while the rest applies as before.
 */
export function appliesOn(status: ControlStatus): boolean {
  if (status.kind === 'in-force') return true;
  return (
    (status.kind === 'suspended' || status.kind === 'suspension-ended') && status.part !== null
  );
}

export interface ControlOnDate {
  control: ExportControl;
  status: ControlStatus;
  targetsViewAs: boolean;
}

/**
 * The register's controls that concern the chosen minerals (all when none is chosen), each with its
 * status on `date`; entries not yet announced on that day are left out.
 */
export function controlsOn(
  register: readonly ExportControl[],
  query: { date: string; minerals: readonly string[]; viewAs: string },
): ControlOnDate[] {
  return register
    .filter(
      (entry) =>
        query.minerals.length === 0 || entry.minerals.some((m) => query.minerals.includes(m)),
    )
    .map((control) => ({
      control,
      status: controlStatusOn(control, register, query.date),
      targetsViewAs: targetsCountry(control, query.viewAs),
    }))
    .filter((entry) => entry.status.kind !== 'not-announced');
}

/** Today as YYYY-MM-DD in the reader's own calendar. */
export function localIsoDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function dayBefore(isoDay: string): string {
  return shiftDay(isoDay, -1);
}

function shiftDay(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function latest(days: readonly string[]): string {
  return days.reduce((a, b) => (b > a ? b : a));
}

export type SpanKind =
  'announced' | 'in-force' | 'suspended' | 'suspended-in-part' | 'after-suspension';

/** A stretch of a control's life in which its status stays the same; `to` is exclusive. */
export interface SpanSegment {
  from: string;
  to: string;
  kind: SpanKind;
}

const SPAN_KIND: Partial<Record<StatusKind, (status: ControlStatus) => SpanKind>> = {
  announced: () => 'announced',
  'in-force': () => 'in-force',
  suspended: (status) =>
    status.kind === 'suspended' && status.part ? 'suspended-in-part' : 'suspended',
  'suspension-ended': () => 'after-suspension',
};

/**
 * A control's life from its announcement to its lifting (or to `end`, exclusive), cut where its
 * status changes; each piece is read with `controlStatusOn`, so the span and the status agree.
 */
export function controlSpan(
  control: ExportControl,
  register: readonly ExportControl[],
  end: string,
): SpanSegment[] {
  const last = control.lifted && control.lifted.date < end ? control.lifted.date : end;
  const changes = [
    control.announced.date,
    control.effective?.date,
    ...suspensionsOf(control, register).flatMap((term) => [term.from, dayAfter(term.until)]),
    last,
  ].filter(
    (day): day is string => day !== undefined && day >= control.announced.date && day <= last,
  );
  const days = [...new Set(changes)].sort();
  const segments: SpanSegment[] = [];
  days.slice(0, -1).forEach((from, i) => {
    const status = controlStatusOn(control, register, from);
    const kind = SPAN_KIND[status.kind]?.(status);
    if (!kind) return;
    const previous = segments.at(-1);
    if (previous && previous.kind === kind && previous.to === from) previous.to = days[i + 1]!;
    else segments.push({ from, to: days[i + 1]!, kind });
  });
  return segments;
}

function dayAfter(isoDay: string): string {
  return shiftDay(isoDay, 1);
}
