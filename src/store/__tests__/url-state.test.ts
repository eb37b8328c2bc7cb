import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import {
  DEFAULT_LINK_STATE,
  parseLinkState,
  reconcileWithModel,
  serializeLinkState,
} from '../url-state';
import { DEFAULT_VIEW_SETTINGS } from '../view-settings';

describe('parseLinkState', () => {
  it('reads the readable parameters', () => {
    const { state, rejected } = parseLinkState(
      '?m=gallium,germanium&stage=refining&y=2023&c=CHN&g=QUAD&as=KOR&lang=ja',
    );
    expect(state).toEqual({
      view: 'concentration',
      minerals: ['gallium', 'germanium'],
      stage: 'refining',
      year: 2023,
      countries: ['CHN'],
      groups: ['QUAD'],
      viewAs: 'KOR',
      language: 'ja',
      scenarios: [],
      settings: DEFAULT_VIEW_SETTINGS,
      asOf: null,
    });
    expect(rejected).toEqual([]);
  });

  it('falls back to the defaults with no parameters', () => {
    expect(parseLinkState('')).toEqual({ state: DEFAULT_LINK_STATE, rejected: [] });
  });

  it('drops malformed values and unknown parameters, and says which', () => {
    const { state, rejected } = parseLinkState(
      `?stage=smelting&y=twenty&lang=fr&as=japan&m=broken~escape,${'x'.repeat(81)},gallium&utm=x`,
    );
    expect(state.stage).toBe(DEFAULT_LINK_STATE.stage);
    expect(state.year).toBeNull();
    expect(state.language).toBe('en');
    expect(state.viewAs).toBe('JPN');
    expect(state.minerals).toEqual(['gallium']);
    expect(rejected).toEqual(
      expect.arrayContaining([
        { param: 'utm', value: 'x' },
        { param: 'stage', value: 'smelting' },
        { param: 'y', value: 'twenty' },
        { param: 'lang', value: 'fr' },
        { param: 'as', value: 'japan' },
        { param: 'm', value: 'broken~escape' },
        { param: 'm', value: 'x'.repeat(81) },
      ]),
    );
  });
});

describe('reconcileWithModel', () => {
  const model = smallModel();
  it('drops markup given as an id as an unknown id (the contract accepts it as text)', () => {
    const { state: parsed } = parseLinkState('?m=<script>,gallium');
    const { state, rejected } = reconcileWithModel(parsed, model);
    expect(state.minerals).toEqual(['gallium']);
    expect(rejected).toEqual([{ param: 'm', value: '<script>' }]);
  });

  it('drops ids the model does not know', () => {
    const { state: parsed } = parseLinkState('?m=gallium,unobtainium&c=CHN,XYZ&g=QUAD,NOPE&y=2023');
    const { state, rejected } = reconcileWithModel(parsed, model);
    expect(state.minerals).toEqual(['gallium']);
    expect(state.countries).toEqual(['CHN']);
    expect(state.groups).toEqual(['QUAD']);
    expect(rejected).toEqual([
      { param: 'm', value: 'unobtainium' },
      { param: 'c', value: 'XYZ' },
      { param: 'g', value: 'NOPE' },
    ]);
  });

  it('settles on the latest year with a world total when none or an unknown one is asked', () => {
    const { state: parsed } = parseLinkState('?m=gallium&stage=refining&y=1999');
    const { state, rejected } = reconcileWithModel(parsed, model);
    expect(state.year).toBe(2023);
    expect(rejected).toEqual([{ param: 'y', value: '1999' }]);
  });

  it('replaces an unknown view-as country with Japan', () => {
    const { state } = reconcileWithModel({ ...DEFAULT_LINK_STATE, viewAs: 'ZZZ' }, model);
    expect(state.viewAs).toBe('JPN');
  });
});

describe('serializeLinkState', () => {
  it('writes a readable link that reads back to the same state', () => {
    const state = {
      ...DEFAULT_LINK_STATE,
      minerals: ['gallium', 'germanium'],
      stage: 'refining' as const,
      year: 2023,
      language: 'ja' as const,
    };
    const search = serializeLinkState(state);
    expect(search).toBe('?m=gallium,germanium&stage=refining&y=2023&as=JPN&lang=ja');
    expect(parseLinkState(search).state).toEqual(state);
  });
});

describe('scenarios in the link', () => {
  it('reads up to three scenarios and writes them back readably', () => {
    const search =
      '?m=gallium&stage=refining&as=JPN&lang=en&s=CHN:refining:100:cap:gallium&s=CHN:mining:50:p25:graphite,rare-earths';
    const { state, rejected } = parseLinkState(search);
    expect(rejected).toEqual([]);
    expect(state.scenarios).toEqual([
      { supplier: 'CHN', stage: 'refining', cut: 100, response: 'cap', minerals: ['gallium'] },
      {
        supplier: 'CHN',
        stage: 'mining',
        cut: 50,
        response: 'p25',
        minerals: ['graphite', 'rare-earths'],
      },
    ]);
    expect(serializeLinkState(state)).toBe(search);
  });

  it('drops malformed scenarios, a fourth one, and ones naming unknown countries or minerals', () => {
    const { state, rejected } = parseLinkState(
      '?m=gallium&s=CHN:refining:101:none:gallium&s=CHN:refining:10:maybe:gallium&s=ZZZ:refining:10:none:gallium' +
        '&s=CHN:refining:10:none:gallium&s=CHN:refining:20:none:gallium&s=CHN:refining:30:none:gallium',
    );
    expect(rejected.map((entry) => entry.value)).toEqual([
      'CHN:refining:101:none:gallium',
      'CHN:refining:10:maybe:gallium',
      'CHN:refining:30:none:gallium',
    ]);
    const reconciled = reconcileWithModel(state, smallModel());
    expect(reconciled.state.scenarios.map((s) => s.cut)).toEqual([10, 20]);
    expect(reconciled.rejected).toEqual([{ param: 's', value: 'ZZZ:refining:10:none:gallium' }]);
  });
});

describe('the "as of" date in the link', () => {
  it('reads a calendar day and writes it back', () => {
    const { state, rejected } = parseLinkState('?view=timeline&asof=2026-11-29');
    expect(state.asOf).toBe('2026-11-29');
    expect(rejected).toEqual([]);
    expect(serializeLinkState(state)).toContain('asof=2026-11-29');
  });

  it('leaves it out of the link while it is today', () => {
    expect(serializeLinkState(DEFAULT_LINK_STATE)).not.toContain('asof');
  });

  it.each(['2026-02-30', '29-11-2026', 'today'])('refuses %s and reads today instead', (value) => {
    const { state, rejected } = parseLinkState(`?asof=${value}`);
    expect(state.asOf).toBeNull();
    expect(rejected).toEqual([{ param: 'asof', value }]);
  });
});
