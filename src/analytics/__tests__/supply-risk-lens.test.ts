import { describe, expect, it } from 'vitest';
import model from '../../../data/model.json';
import type { Model } from '../../domain/model-schema';
import { lensStage } from '../supply-risk-lens';

const total = (
  mineral: string,
  stage: Model['worldTotals'][number]['stage'],
  value: number | null,
) => ({ mineral, stage, year: 2024, value, unit: 't', status: 'reported', source: 's' }) as const;
const built = model as unknown as Pick<Model, 'worldTotals'>;

describe('lensStage', () => {
  it('opens the lens on a stage with figures: refining for gallium, which has no mining figures', () => {
    expect(lensStage(built, { mineral: 'gallium', stage: 'mining', chosen: null })).toBe(
      'refining',
    );
    expect(lensStage(built, { mineral: 'germanium', stage: 'mining', chosen: null })).toBe(
      'refining',
    );
    expect(lensStage(built, { mineral: 'rare-earths', stage: 'mining', chosen: null })).toBe(
      'mining',
    );
  });

  it("keeps the filters' stage where it has figures", () => {
    expect(lensStage(built, { mineral: 'rare-earths', stage: 'refining', chosen: null })).toBe(
      'refining',
    );
    expect(lensStage(built, { mineral: 'gallium', stage: 'refining', chosen: null })).toBe(
      'refining',
    );
  });

  it('lets the stage chosen for the lens win, figures or not', () => {
    expect(lensStage(built, { mineral: 'gallium', stage: 'mining', chosen: 'mining' })).toBe(
      'mining',
    );
    expect(lensStage(built, { mineral: 'rare-earths', stage: 'mining', chosen: 'refining' })).toBe(
      'refining',
    );
  });

  it("counts a world total withheld (null) as no figures, and falls back to the filters' stage", () => {
    const withheld = { worldTotals: [total('x', 'mining', null), total('x', 'refining', 5)] };
    expect(lensStage(withheld, { mineral: 'x', stage: 'mining', chosen: null })).toBe('refining');
    const reservesOnly = { worldTotals: [total('y', 'reserves', 5)] };
    expect(lensStage(reservesOnly, { mineral: 'y', stage: 'refining', chosen: null })).toBe(
      'refining',
    );
    expect(lensStage(reservesOnly, { mineral: 'y', stage: 'mining', chosen: null })).toBe('mining');
  });
});
