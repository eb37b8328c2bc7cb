import { describe, expect, it } from 'vitest';
import { COALESCE_MS, historyStep } from '../history-step';
import { DEFAULT_LINK_STATE, type LinkState } from '../url-state';
import { DEFAULT_VIEW_SETTINGS } from '../view-settings';

const base: LinkState = { ...DEFAULT_LINK_STATE, year: 2023 };
const long = COALESCE_MS * 5;

describe('historyStep', () => {
  it('pushes a change of view, mineral, stage, year or country', () => {
    expect(historyStep(base, { ...base, view: 'map' }, long)).toBe('push');
    expect(historyStep(base, { ...base, minerals: ['gallium'] }, long)).toBe('push');
    expect(historyStep(base, { ...base, stage: 'refining' }, long)).toBe('push');
    expect(historyStep(base, { ...base, year: 2022 }, long)).toBe('push');
    expect(historyStep(base, { ...base, countries: ['CHN'] }, long)).toBe('push');
  });

  it('rewrites the current entry for a setting inside a view, the language or a scenario', () => {
    const settings = { ...DEFAULT_VIEW_SETTINGS, tradeCode: '811292' };
    expect(historyStep(base, { ...base, settings }, long)).toBe('replace');
    expect(historyStep(base, { ...base, language: 'ja' }, long)).toBe('replace');
  });

  it('coalesces a change made moments after the last push into that entry', () => {
    expect(historyStep(base, { ...base, year: 2022 }, COALESCE_MS - 1)).toBe('replace');
    expect(historyStep(base, { ...base, year: 2022 }, COALESCE_MS)).toBe('push');
  });

  it('rewrites the entry the page opened on (the link checked against the model)', () => {
    expect(historyStep(null, { ...base, view: 'map' }, long)).toBe('replace');
  });
});
