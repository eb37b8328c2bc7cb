import { describe, expect, it } from 'vitest';
import model from '../../../data/model.json';
import type { Model } from '../../domain/model-schema';
import { lensStage, stageWithFigures } from '../supply-risk-lens';

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

describe('stageWithFigures', () => {
  it('moves minerals that have no figures at the stage given to one where they all have', () => {
    expect(stageWithFigures(built, ['gallium', 'germanium'], 'mining')).toBe('refining');
    expect(stageWithFigures(built, ['graphite', 'rare-earths'], 'mining')).toBe('mining');
  });

  it('keeps the stage given where one of the minerals has figures nowhere', () => {
    const partial = { worldTotals: [total('x', 'refining', 5), total('y', 'mining', 3)] };
    expect(stageWithFigures(partial, ['x', 'y'], 'mining')).toBe('mining');
    expect(stageWithFigures(partial, ['x'], 'mining')).toBe('refining');
  });
});
