import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { TradeFlow } from '../../domain/model-schema';
import { eventsAround, timelineItems, tradeAroundEvent } from '../timeline';
import { slideOverview } from '../timeline-overview';

const model = smallModel();

describe('timelineItems', () => {
  it('puts events and partnerships on one line, oldest first', () => {
    expect(
      timelineItems(model, { minerals: [], countries: [] }).map((item) => [
        item.date,
        item.category,
        item.origin,
      ]),
    ).toEqual([
      ['2023-03-07', 'investment', 'partnership'],
      ['2023-08-01', 'export-control', 'event'],
    ]);
  });

  it('filters by mineral and by country, keeping items that name no mineral', () => {
    const general = { ...model, partnerships: [{ ...model.partnerships[0]!, minerals: [] }] };
    expect(
      timelineItems(general, { minerals: ['graphite'], countries: [] }).map((i) => i.id),
    ).toEqual(['jp-au']);
    expect(
      timelineItems(model, { minerals: ['gallium'], countries: ['CHN'] }).map((i) => i.id),
    ).toEqual(['cn-controls']);
  });
});

describe('tradeAroundEvent', () => {
  const flow = (importer: string, year: number, value: number, mineral = 'gallium'): TradeFlow => ({
    mineral,
    exporter: 'CHN',
    importer,
    year,
    value,
    unit: 'USD',
    code: '811292',
    source: 's',
  });
  const trade = [
    flow('JPN', 2022, 100),
    flow('USA', 2022, 300),
    flow('JPN', 2024, 50),
    flow('USA', 2024, 150),
    flow('JPN', 2022, 100, 'germanium'),
    flow('JPN', 2024, 50, 'germanium'),
  ];

  it('compares the last year before and the first after, in all and to one importer, once per code', () => {
    expect(
      tradeAroundEvent(trade, {
        exporter: 'CHN',
        importer: 'JPN',
        minerals: ['gallium', 'germanium'],
        date: '2023-08-01',
      }),
    ).toEqual([
      {
        code: '811292',
        mineral: 'gallium',
        before: { year: 2022, total: 400, toImporter: 100 },
        after: { year: 2024, total: 200, toImporter: 50 },
        change: -0.5,
        sources: ['s'],
      },
    ]);
  });

  it('takes both years from one source, never a full table against a partial one', () => {
    const before = [flow('JPN', 2022, 100), flow('USA', 2022, 300)];
    const partialAfter = [{ ...flow('USA', 2024, 10), source: 'partial' }];
    expect(
      tradeAroundEvent([...before, ...partialAfter], {
        exporter: 'CHN',
        importer: 'JPN',
        minerals: ['gallium'],
        date: '2023-08-01',
      }),
    ).toEqual([]);
  });

  it('gives nothing when the data has no year on one side of the event', () => {
    expect(
      tradeAroundEvent(trade, {
        exporter: 'CHN',
        importer: 'JPN',
        minerals: ['gallium'],
        date: '2025-04-04',
      }),
    ).toEqual([]);
  });
});

describe('eventsAround', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
  const ids = (list: { id: string }[]) => list.map((item) => item.id);

  it('takes up to two items either side of the selected one', () => {
    // c is at 2: before are 0–1 (a, b), after are 3–4 (d, e).
    const around = eventsAround(items, 'c', 2);
    expect(ids(around.before)).toEqual(['a', 'b']);
    expect(around.selected?.id).toBe('c');
    expect(ids(around.after)).toEqual(['d', 'e']);
  });

  it('stops at either end of the line', () => {
    // b is at 1: only a is before; f is last: nothing after.
    expect(ids(eventsAround(items, 'b', 2).before)).toEqual(['a']);
    expect(eventsAround(items, 'f', 2).after).toEqual([]);
  });

  it('stands the latest item in for no selection or one filtered out', () => {
    // Latest is f (5): before are 3–4 (d, e).
    for (const selected of [null, 'gone']) {
      const around = eventsAround(items, selected, 2);
      expect(around.selected?.id).toBe('f');
      expect(ids(around.before)).toEqual(['d', 'e']);
    }
  });

  it('has nothing to show for no items', () => {
    expect(eventsAround([], null, 2)).toEqual({ before: [], selected: null, after: [] });
  });
});

describe('slideOverview', () => {
  const item = (id: string, minerals: string[]) => ({ id, minerals });
  // Oldest first, as the timeline lists them.
  const items = [
    item('ga-control', ['gallium', 'germanium']),
    item('dialogue', []),
    item('ga-ban', ['gallium']),
    item('graphite-control', ['graphite']),
    item('summit', []),
  ];

  it("lists the chosen minerals' events, newest first, before those on minerals in general", () => {
    expect(slideOverview(items, ['gallium']).map((i) => i.id)).toEqual(['ga-ban', 'ga-control']);
    expect(slideOverview(items, ['graphite', 'germanium']).map((i) => i.id)).toEqual([
      'graphite-control',
      'ga-control',
    ]);
  });

  it('lists every item, newest first, when no mineral is chosen or none is named', () => {
    const all = ['summit', 'graphite-control', 'ga-ban', 'dialogue', 'ga-control'];
    expect(slideOverview(items, []).map((i) => i.id)).toEqual(all);
    expect(slideOverview(items, ['terbium']).map((i) => i.id)).toEqual(all);
    expect(items.map((i) => i.id)[0]).toBe('ga-control');
  });
});
