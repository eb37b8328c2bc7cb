import { describe, expect, it } from 'vitest';
import type { SupplyChain } from '../../../analytics/supply-chain';
import { chainLayout } from '../chain-layout';

const producer = (id: string, column: 'mining' | 'refining', share: number | null) => ({
  id,
  column,
  country: id.slice(-3),
  mineral: 'gallium',
  share,
  value: share,
  unit: 'kg',
  status: 'reported' as const,
  sourceId: 'usgs-test',
});
const chain: SupplyChain = {
  year: 2023,
  nodes: [
    producer('mining:gallium:AUS', 'mining', 0.5),
    producer('refining:gallium:CHN', 'refining', 0.8),
    producer('refining:gallium:USA', 'refining', null),
    { id: 'importer:JPN', column: 'importer', country: 'JPN' },
    { id: 'importer:KOR', column: 'importer', country: 'KOR' },
  ],
  edges: [
    {
      id: 'e1',
      source: 'refining:gallium:CHN',
      target: 'importer:JPN',
      mineral: 'gallium',
      value: 300,
      code: '811292',
      year: 2023,
      sourceId: 't',
    },
    {
      id: 'e2',
      source: 'refining:gallium:CHN',
      target: 'importer:KOR',
      mineral: 'gallium',
      value: 100,
      code: '811292',
      year: 2023,
      sourceId: 't',
    },
  ],
  tradeYear: 2023,
  tradeCode: '811292',
  missingStages: [],
  viewAs: 'JPN',
};
const box = { width: 600, height: 200, rowHeight: 20, labelRoom: 100, barWidth: 10, gap: 10 };

describe('chainLayout', () => {
  it("keeps the reader's own country's row when rows are left out for want of room", () => {
    // One row per column fits (40 px: a 20 px row, and a second would need 10 + 20 more).
    const short = { ...box, height: 40 };
    const kept = chainLayout({ ...chain, viewAs: 'KOR' }, short);
    expect(kept.nodes.filter((node) => node.column === 'importer').map((node) => node.id)).toEqual([
      'importer:KOR',
    ]);
    expect(kept.left.importer).toBe(1);
    // Without a reader's country among them, the largest importer keeps the row.
    const largest = chainLayout({ ...chain, viewAs: 'USA' }, short);
    expect(
      largest.nodes.filter((node) => node.column === 'importer').map((node) => node.id),
    ).toEqual(['importer:JPN']);
  });

  it('sets mining, refining and importers left to right, each row at least a label tall', () => {
    const layout = chainLayout(chain, box);
    expect(layout.columnX).toEqual({ mining: 100, refining: 300, importer: 490 });
    const at = Object.fromEntries(layout.nodes.map((node) => [node.id, node]));
    // Refining: two rows and one gap leave 200 − 2 × 20 − 10 = 150 px for 0.8 of share: 187.5 px
    // per share; mining (one row) would allow 180 / 0.5 = 360. Both take the smaller, 187.5.
    expect(at['refining:gallium:CHN']!.barHeight).toBeCloseTo(150, 9);
    expect(at['mining:gallium:AUS']!.barHeight).toBeCloseTo(93.75, 9);
    // The withheld US figure gets a row (its label, "n/a") and no bar; its row starts below China's
    // 20 + 150 px row and the 10 px gap, and is centred at 180 + 10.
    expect(at['refining:gallium:USA']).toMatchObject({ barHeight: 0, y: 190 });
    // Importers: 200 − 40 − 10 = 150 px for 400 USD → 0.375 px per USD; JPN 300 USD → 112.5 px.
    expect(at['importer:JPN']!.barHeight).toBeCloseTo(112.5, 9);
    const rows = layout.nodes.filter((node) => node.column === 'refining');
    expect(rows[1]!.y - rows[0]!.y).toBeGreaterThanOrEqual(box.rowHeight);
  });

  it("draws each flow as a ribbon as wide as its value on the importers' scale, from the refiner to the importer", () => {
    const layout = chainLayout(chain, box);
    const ribbon = layout.edges.find((edge) => edge.id === 'e1')!;
    expect(ribbon.width).toBeCloseTo(112.5, 9);
    // China's row is 20 + 150 = 170 px tall, centred at 85; its ribbons (112.5 + 37.5 = 150 px) fit
    // in it, stacked from 85 − 75 = 10. Japan's bar starts at 10 (half a row): the ribbon runs from
    // China's bar's right edge (300 + 10) to x = 490, 10 to 122.5 at both ends, bent at x = 400.
    expect(ribbon.path).toBe(
      'M310,10C400,10 400,10 490,10L490,122.5C400,122.5 400,122.5 310,122.5Z',
    );
  });

  it('narrows the ribbons leaving a refiner together to fit its row', () => {
    const small: SupplyChain = {
      ...chain,
      nodes: chain.nodes.map((node) =>
        node.id === 'refining:gallium:CHN' ? { ...node, share: 0.01 } : node,
      ),
    };
    const layout = chainLayout(small, box);
    // Mining (0.5) now sets the scale: 180 / 0.5 = 360 px per share, so China's row is
    // 20 + 3.6 = 23.6 px tall for 150 px of ribbons: each leaves at 23.6 / 150 of its width.
    const path = layout.edges.find((edge) => edge.id === 'e1')!.path;
    const [top, bottom] = [/^M310,([\d.]+)/.exec(path)![1], /310,([\d.]+)Z$/.exec(path)![1]];
    expect(Number(bottom) - Number(top)).toBeCloseTo((112.5 * 23.6) / 150, 9);
  });

  it('leaves out the rows that do not fit and counts them', () => {
    const many: SupplyChain = {
      ...chain,
      nodes: Array.from({ length: 12 }, (_, i) =>
        producer(`mining:gallium:C${String(i).padStart(2, '0')}`, 'mining', 0.01),
      ),
      edges: [],
    };
    // (200 + 10) / (20 + 10) = 7 rows fit.
    const layout = chainLayout(many, box);
    expect(layout.nodes).toHaveLength(7);
    expect(layout.left.mining).toBe(5);
  });

  it('keeps a share of the height for the bars when asked, leaving out the rows beyond it', () => {
    const many: SupplyChain = {
      ...chain,
      nodes: [
        ...chain.nodes,
        ...Array.from({ length: 8 }, (_, i) => ({
          id: `importer:C0${i}`,
          column: 'importer' as const,
          country: `C0${i}`,
        })),
      ],
    };
    // Without it, (200 + 10) / (20 + 10) = 7 importer rows fit and leave 200 − 7 × 20 − 6 × 10 = 0
    // px for 400 USD: the ribbons are drawn at the 1 px least.
    const crowded = chainLayout(many, box);
    expect(crowded.nodes.filter((node) => node.column === 'importer')).toHaveLength(7);
    expect(crowded.edges.find((edge) => edge.id === 'e1')!.width).toBe(1);
    // Half kept for bars: (100 + 10) / 30 = 3 rows, 200 − 60 − 20 = 120 px for 400 USD.
    const kept = chainLayout(many, { ...box, barShare: 0.5 });
    expect(kept.nodes.filter((node) => node.column === 'importer')).toHaveLength(3);
    expect(kept.left.importer).toBe(7);
    expect(kept.edges.find((edge) => edge.id === 'e1')!.width).toBeCloseTo(90, 9);
    expect(kept.edges.find((edge) => edge.id === 'e2')!.width).toBeCloseTo(30, 9);
  });

  it("gives the importers' names their own room on the right when asked", () => {
    const layout = chainLayout(chain, { ...box, rightRoom: 150 });
    expect(layout.columnX).toEqual({ mining: 100, refining: 300, importer: 440 });
  });

  it('lets a row hold a bar taller than its label when asked, the label beside its middle', () => {
    const layout = chainLayout(chain, { ...box, rowsHoldBars: true });
    const at = Object.fromEntries(layout.nodes.map((node) => [node.id, node]));
    // Importers: JPN 300 and KOR 100 USD share 200 − 10 = 190 px. If only JPN's bar outgrew its
    // 20 px label, 300k + 20 = 190 gives k = 0.567 and KOR 56.7 px, taller than its label too; so
    // both do: 400k = 190, k = 0.475, JPN 142.5 px and KOR 47.5 px.
    expect(at['importer:JPN']!.barHeight).toBeCloseTo(142.5, 9);
    expect(at['importer:KOR']!.barHeight).toBeCloseTo(47.5, 9);
    // Each row is as tall as its bar, centred on its label: KOR's starts after JPN's and the gap.
    expect(at['importer:JPN']).toMatchObject({ barTop: 0, y: 71.25 });
    expect(at['importer:KOR']!.barTop).toBeCloseTo(152.5, 9);
    expect(at['importer:KOR']!.y).toBeCloseTo(152.5 + 47.5 / 2, 9);
    expect(layout.edges.find((edge) => edge.id === 'e1')!.width).toBeCloseTo(142.5, 9);
  });

  it('gives a row its label when the bars are smaller than the labels', () => {
    const layout = chainLayout(
      {
        ...chain,
        edges: chain.edges.map((edge) => (edge.id === 'e2' ? { ...edge, value: 1 } : edge)),
      },
      { ...box, rowsHoldBars: true },
    );
    const at = Object.fromEntries(layout.nodes.map((node) => [node.id, node]));
    // KOR's 1 USD stays under its 20 px label: JPN takes 200 − 10 − 20 = 170 px for 300 USD.
    expect(at['importer:JPN']!.barHeight).toBeCloseTo(170, 9);
    expect(at['importer:KOR']!.y).toBeCloseTo(170 + 10 + 10, 9);
  });
});
