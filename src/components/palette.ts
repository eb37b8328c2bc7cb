/**
 * Okabe–Ito colours, distinguishable under the common colour-vision deficiencies. Every view takes
 * its colours from here so that a country or group looks the same everywhere.
 */
export const PALETTE = {
  base: '#0072B2',
  highlight: '#D55E00',
  viewAs: '#009E73',
  unattributed: '#767676',
  text: '#1a1a1a',
  hover: '#e8eef5',
  /** One colour per stage, for charts that set stages side by side. */
  mining: '#0072B2',
  refining: '#D55E00',
  reserves: '#009E73',
  partners: '#CC79A7',
  mineralStage: '#CC79A7',
} as const;

/** Country groups in the order a country takes its colour from (its first group listed here). */
export const GROUP_COLORS: [string, string][] = [
  ['G7', '#0072B2'],
  ['EU27', '#56B4E9'],
  ['QUAD', '#009E73'],
  ['CENTRAL_ASIA_5', '#E69F00'],
];
export const NO_GROUP_COLOR = '#767676';

/**
 * ColorBrewer's sequential Blues (Cynthia Brewer, colorbrewer2.org) for 3 to 9 classes: d3's
 * `schemeBlues`, written out because d3-scale-chromatic builds all its interpolators when it loads
 * (6 KB gzip on the map's route for this one constant). A unit test holds them to d3's.
 */
export const BLUES: readonly (readonly string[])[] = [
  [],
  [],
  [],
  ['#deebf7', '#9ecae1', '#3182bd'],
  ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
  ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  [
    '#f7fbff',
    '#deebf7',
    '#c6dbef',
    '#9ecae1',
    '#6baed6',
    '#4292c6',
    '#2171b5',
    '#08519c',
    '#08306b',
  ],
];
