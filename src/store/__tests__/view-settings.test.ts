import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { parseLinkState, reconcileWithModel, serializeLinkState } from '../url-state';
import { DEFAULT_VIEW_SETTINGS } from '../view-settings';

describe('view settings in the link', () => {
  it('reads every setting made inside a view and writes it back as the same link', () => {
    const search =
      '?view=map&m=gallium&stage=refining&y=2023&as=JPN&lang=en' +
      '&mm=gallium&code=811292&fy=2022&flows=20&arcs=0&sankey=grouped&profile=CHN' +
      '&ty=2021&vs=2019&focus=c:CHN&min=5&stages=one&trade=1&pships=0&table=1&layout=chain&event=cn-controls&trend=hhi&lens=mining';
    const { state, rejected } = parseLinkState(search);
    expect(rejected).toEqual([]);
    expect(state.settings).toEqual({
      mapMineral: 'gallium',
      tradeCode: '811292',
      flowYear: 2022,
      flowLimit: 20,
      showPartners: false,
      groupedFlows: true,
      profile: 'CHN',
      exposureYear: 2021,
      exposureCompareYear: 2019,
      networkFocus: 'c:CHN',
      networkMinPercent: 5,
      networkBothStages: false,
      networkTrade: true,
      networkPartnerships: false,
      networkTable: true,
      networkLayout: 'chain',
      timelineEvent: 'cn-controls',
      trendMetric: 'hhi',
      riskStage: 'mining',
    });
    expect(serializeLinkState(state)).toBe(search);
  });

  it('opens a link made before view settings existed as it opened then', () => {
    const search = '?view=network&m=gallium,germanium&stage=refining&y=2023&as=JPN&lang=ja';
    const { state, rejected } = parseLinkState(search);
    expect(rejected).toEqual([]);
    expect(state.settings).toEqual(DEFAULT_VIEW_SETTINGS);
    expect(state.view).toBe('network');
    // Default settings add nothing to the link, so the old link is also what the app writes back.
    expect(serializeLinkState(state)).toBe(search);
  });

  it('drops settings of the wrong form and says which', () => {
    // Ids are any text the contract accepts (link-id.ts): only a broken escape or an id over 80
    // characters is of the wrong form; an id the model lacks is dropped when it is reconciled.
    const tooLong = 'x'.repeat(81);
    const { state, rejected } = parseLinkState(
      `?code=abc&fy=20x&flows=7&arcs=yes&profile=CH~ZZ&focus=<b>&min=31&stages=all&layout=sankey&trend=hhi2&event=${tooLong}&lens=reserves`,
    );
    expect(state.settings).toEqual(DEFAULT_VIEW_SETTINGS);
    expect(rejected).toEqual([
      { param: 'code', value: 'abc' },
      { param: 'fy', value: '20x' },
      { param: 'flows', value: '7' },
      { param: 'arcs', value: 'yes' },
      { param: 'profile', value: 'CH~ZZ' },
      { param: 'focus', value: '<b>' },
      { param: 'min', value: '31' },
      { param: 'stages', value: 'all' },
      { param: 'layout', value: 'sankey' },
      { param: 'event', value: tooLong },
      { param: 'trend', value: 'hhi2' },
      { param: 'lens', value: 'reserves' },
    ]);
  });

  it('drops settings naming a country, mineral, code, node or event the model does not hold', () => {
    const { state: parsed } = parseLinkState(
      '?m=gallium&mm=cobalt&code=850511&profile=ZZZ&focus=m:cobalt:mining&event=nope',
    );
    const { state, rejected } = reconcileWithModel(parsed, smallModel());
    expect(state.settings).toEqual(DEFAULT_VIEW_SETTINGS);
    expect(rejected).toEqual([
      { param: 'mm', value: 'cobalt' },
      { param: 'code', value: '850511' },
      { param: 'profile', value: 'ZZZ' },
      { param: 'focus', value: 'm:cobalt:mining' },
      { param: 'event', value: 'nope' },
    ]);
  });

  it('keeps settings the model holds', () => {
    const { state: parsed } = parseLinkState(
      '?m=gallium&mm=gallium&code=811292&profile=CHN&focus=m:gallium:refining&event=jp-au',
    );
    const { state, rejected } = reconcileWithModel(parsed, smallModel());
    expect(rejected).toEqual([]);
    expect(state.settings).toMatchObject({
      mapMineral: 'gallium',
      tradeCode: '811292',
      profile: 'CHN',
      networkFocus: 'm:gallium:refining',
      timelineEvent: 'jp-au',
    });
  });
});

describe('ids in view settings', () => {
  it('round-trips ids with separators, spaces and accents, as the rest of the link does', () => {
    const settings = {
      ...DEFAULT_VIEW_SETTINGS,
      mapMineral: 'rare earths, light',
      profile: 'Côte:CIV',
      networkFocus: 'm:nd:pr mix:refining',
      timelineEvent: 'MOFCOM No. 70, 2025',
    };
    const link = serializeLinkState({ ...parseLinkState('').state, settings });
    expect(parseLinkState(link).state.settings).toEqual(settings);
    expect(parseLinkState('?focus=c:CHN').state.settings.networkFocus).toBe('c:CHN');
  });
});
