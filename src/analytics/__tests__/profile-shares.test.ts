import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { Model, SupplyRecord, WorldTotal } from '../../domain/model-schema';
import { profileShares } from '../profile-shares';

/** The small model plus dysprosium and terbium refining 2024 given by the same proxy group of 80 kt. */
function modelWithProxyGroup(terbiumChina = 60): Model {
  const model = smallModel();
  const proxy = {
    unit: 'kt',
    status: 'proxy' as const,
    source: 'usgs-test',
    note: { en: 'Proxy: group' },
  };
  const record = (mineral: string, value: number): SupplyRecord => ({
    mineral,
    stage: 'refining',
    country: 'CHN',
    year: 2024,
    value,
    ...proxy,
  });
  const total = (mineral: string): WorldTotal => ({
    mineral,
    stage: 'refining',
    year: 2024,
    value: 80,
    ...proxy,
  });
  return {
    ...model,
    minerals: [
      ...model.minerals,
      { id: 'dysprosium', name: { en: 'Dysprosium', ja: 'ジスプロシウム' } },
      { id: 'terbium', name: { en: 'Terbium', ja: 'テルビウム' } },
    ],
    supply: [...model.supply, record('dysprosium', 60), record('terbium', terbiumChina)],
    worldTotals: [...model.worldTotals, total('dysprosium'), total('terbium')],
  };
}

describe('profileShares', () => {
  it("gives a country's share in the latest year with a world total, per mineral and measure", () => {
    const rows = profileShares(smallModel(), 'CHN');
    // Gallium refining 2023: 900 of 1,000 kg; graphite mining 2023: 600 of 1,000 t.
    expect(
      rows.map((entry) => [entry.minerals, entry.measure, entry.year, entry.row.share]),
    ).toEqual([
      [['gallium'], 'refining', 2023, 0.9],
      [['graphite'], 'mining', 2023, 0.6],
    ]);
    expect(rows.every((entry) => !entry.proxyGroup)).toBe(true);
  });

  it('gives one row for minerals that share a proxy group and its figures, marked as a group', () => {
    const rows = profileShares(modelWithProxyGroup(), 'CHN');
    const group = rows.filter((entry) => entry.proxyGroup);
    // 60 of the group's 80 kt = 75 %, once for dysprosium and terbium together.
    expect(group.map((entry) => [entry.minerals, entry.row.share])).toEqual([
      [['dysprosium', 'terbium'], 0.75],
    ]);
  });

  it('keeps proxy rows apart when their figures differ', () => {
    const rows = profileShares(modelWithProxyGroup(40), 'CHN');
    // Terbium 40 of 80 kt = 50 %: not the same figures, so not one row.
    expect(
      rows.filter((entry) => entry.proxyGroup).map((entry) => [entry.minerals, entry.row.share]),
    ).toEqual([
      [['dysprosium'], 0.75],
      [['terbium'], 0.5],
    ]);
  });
});
