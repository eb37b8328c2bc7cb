import { rollup, sum } from 'd3';
import type { Model, Note, TradeFlow } from '../domain/model-schema';

export type TimelineCategory =
  'export-control' | 'suspension' | 'agreement' | 'investment' | 'other';

export interface TimelineItem {
  id: string;
  date: string;
  category: TimelineCategory;
  title: Model['events'][number]['title'];
  countries: string[];
  minerals: string[];
  source: string;
  note?: Note;
  /** Ids of the register entries the event reports. */
  controls: string[];
  origin: 'event' | 'partnership';
}

const PARTNERSHIP_CATEGORIES: Record<string, TimelineCategory> = { investment: 'investment' };

function eventCategory(kind: Model['events'][number]['kind']): TimelineCategory {
  if (kind === 'export-control') return 'export-control';
  if (kind === 'export-control-suspension') return 'suspension';
  if (kind === 'agreement' || kind === 'investment') return kind;
  return 'other';
}

/**
 * Events and partnerships on one time line, oldest first. An item concerns the chosen minerals when
 * it names one of them or names none (critical minerals in general), and the chosen countries
 * when it names one of them; no choice means all.
 */
export function timelineItems(
  model: Pick<Model, 'events' | 'partnerships'>,
  filter: { minerals: readonly string[]; countries: readonly string[] },
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...model.events.map((event) => ({
      id: event.id,
      date: event.date,
      category: eventCategory(event.kind),
      title: event.title,
      countries: event.countries,
      minerals: event.minerals,
      source: event.source,
      ...(event.note ? { note: event.note } : {}),
      controls: event.controls ?? [],
      origin: 'event' as const,
    })),
    ...model.partnerships.map((partnership) => ({
      id: partnership.id,
      date: partnership.date,
      category: PARTNERSHIP_CATEGORIES[partnership.kind] ?? ('agreement' as const),
      title: partnership.title,
      countries: partnership.countries,
      minerals: partnership.minerals,
      source: partnership.source,
      ...(partnership.note ? { note: partnership.note } : {}),
      controls: [],
      origin: 'partnership' as const,
    })),
  ];
  const wantsMineral = (item: TimelineItem) =>
    filter.minerals.length === 0 ||
    item.minerals.length === 0 ||
    item.minerals.some((m) => filter.minerals.includes(m));
  const wantsCountry = (item: TimelineItem) =>
    filter.countries.length === 0 || item.countries.some((c) => filter.countries.includes(c));
  return items
    .filter((item) => wantsMineral(item) && wantsCountry(item))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export interface TradeChange {
  code: string;
  mineral: string;
  before: { year: number; total: number; toImporter: number };
  after: { year: number; total: number; toImporter: number };
  /** Relative change of the exporter's total exports under the code, (after − before) / before. */
  change: number | null;
  sources: string[];
}

/**
 * The exporter's recorded exports under each code, in the last year before an event and the first
 * year after it that the trade data has, in all and to one importer.
 */
export function tradeAroundEvent(
  trade: readonly TradeFlow[],
  query: { exporter: string; importer: string; minerals: readonly string[]; date: string },
): TradeChange[] {
  const eventYear = Number(query.date.slice(0, 4));
  const flows = trade.filter(
    (flow) =>
      flow.exporter === query.exporter &&
      flow.unit === 'USD' &&
      query.minerals.includes(flow.mineral) &&
      flow.code,
  );
  // A mixed code is filed under several minerals with the same figures; it is compared once.
  const byCode = rollup(
    flows,
    (group) => group,
    (flow) => flow.code!,
  );
  return [...byCode].flatMap(([code, codeFlows]) => {
    const mineral = codeFlows[0]!.mineral;
    // Both years come from one source, so that a fuller table is never set against a partial one.
    const bySource = [
      ...rollup(
        codeFlows.filter((flow) => flow.mineral === mineral),
        (group) => group,
        (flow) => flow.source,
      ).values(),
    ].sort((a, b) => b.length - a.length);
    for (const sameSource of bySource) {
      const years = [...new Set(sameSource.map((flow) => flow.year))].sort((a, b) => a - b);
      const beforeYear = years.filter((year) => year < eventYear).at(-1);
      const afterYear = years.find((year) => year > eventYear);
      if (beforeYear === undefined || afterYear === undefined) continue;
      const totals = (year: number) => {
        const inYear = sameSource.filter((flow) => flow.year === year);
        return {
          year,
          total: sum(inYear, (flow) => flow.value),
          toImporter: sum(
            inYear.filter((flow) => flow.importer === query.importer),
            (flow) => flow.value,
          ),
        };
      };
      const before = totals(beforeYear);
      const after = totals(afterYear);
      return [
        {
          code,
          mineral,
          before,
          after,
          change: before.total > 0 ? (after.total - before.total) / before.total : null,
          sources: [sameSource[0]!.source],
        },
      ];
    }
    return [];
  });
}

/**
 * The selected item with up to `span` items either side, as a slide shows them; the latest item
 * stands in when none is selected (or the selected one is filtered out).
 */
export function eventsAround<T extends { id: string }>(
  items: readonly T[],
  selectedId: string | null,
  span: number,
): { before: T[]; selected: T | null; after: T[] } {
  const found = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
  const at = found >= 0 ? found : items.length - 1;
  return {
    before: items.slice(Math.max(0, at - span), Math.max(0, at)),
    selected: items[at] ?? null,
    after: items.slice(at + 1, at + 1 + span),
  };
}
