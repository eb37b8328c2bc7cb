import { latestYearWithWorldTotal, modelYears } from '../analytics/years';
import type { Model, Stage } from '../domain/model-schema';
import { NAMED_PATTERNS } from '../domain/named-patterns';
import { isCalendarDate } from '../domain/model-rules';
import { isLanguage, type Language } from '../domain/language';
import {
  MAX_SCENARIOS,
  parseScenario,
  serializeScenario,
  type ScenarioSpec,
} from './scenario-link';
import { decodeLinkId, encodeLinkId } from './link-id';
import {
  DEFAULT_VIEW_SETTINGS,
  parseViewSettings,
  reconcileViewSettings,
  SETTING_PARAM_NAMES,
  writeViewSettings,
  type ViewSettings,
} from './view-settings';

/** The part of the app state a copied link carries. */
export interface LinkState {
  view: ViewId;
  minerals: string[];
  stage: Stage;
  year: number | null;
  countries: string[];
  groups: string[];
  viewAs: string;
  language: Language;
  scenarios: ScenarioSpec[];
  /** What is set inside the views (map code, network focus, timeline event…). */
  settings: ViewSettings;
  /** The day export controls are read on (YYYY-MM-DD); null: today. */
  asOf: string | null;
}

export const VIEWS = [
  'concentration',
  'map',
  'network',
  'exposure',
  'scenario',
  'timeline',
  'deck',
] as const;
export type ViewId = (typeof VIEWS)[number];

export const DEFAULT_LINK_STATE: LinkState = {
  view: 'concentration',
  minerals: ['rare-earths'],
  stage: 'mining',
  year: null,
  countries: [],
  groups: [],
  viewAs: 'JPN',
  language: 'en',
  scenarios: [],
  settings: DEFAULT_VIEW_SETTINGS,
  asOf: null,
};

/** A link parameter that was ignored, kept to tell the reader. */
export interface RejectedParameter {
  param: string;
  value: string;
}

const PARAM = {
  view: 'view',
  minerals: 'm',
  stage: 'stage',
  year: 'y',
  countries: 'c',
  groups: 'g',
  viewAs: 'as',
  language: 'lang',
  scenarios: 's',
  asOf: 'asof',
} as const satisfies Record<Exclude<keyof LinkState, 'settings'>, string>;

const KNOWN_PARAMS = new Set<string>([...Object.values(PARAM), ...SETTING_PARAM_NAMES]);
const STAGES: readonly Stage[] = ['mining', 'refining'];

/**
 * Reads a query string into link state. Only the form is checked here (a stage is a stage, a year a
 * year); whether an id exists is for `reconcileWithModel`, once the model is known.
 */
export function parseLinkState(search: string): {
  state: LinkState;
  rejected: RejectedParameter[];
} {
  const params = new URLSearchParams(search);
  const state: LinkState = { ...DEFAULT_LINK_STATE };
  const rejected: RejectedParameter[] = [];
  const reject = (param: string, value: string) => rejected.push({ param, value });
  const list = (param: string) =>
    (params.get(param) ?? '')
      .split(',')
      .map((item) => item.trim())
      .flatMap((item) => {
        if (item === '') return [];
        const id = decodeLinkId(item);
        if (id !== null) return [id];
        reject(param, item);
        return [];
      });

  for (const [param, value] of params) {
    if (!KNOWN_PARAMS.has(param)) reject(param, value);
  }
  const view = params.get(PARAM.view);
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as ViewId;
    else reject(PARAM.view, view);
  }
  if (params.has(PARAM.minerals)) state.minerals = unique(list(PARAM.minerals));
  const stage = params.get(PARAM.stage);
  if (stage !== null) {
    if ((STAGES as readonly string[]).includes(stage)) state.stage = stage as Stage;
    else reject(PARAM.stage, stage);
  }
  const year = params.get(PARAM.year);
  if (year !== null) {
    if (/^\d{4}$/.test(year)) state.year = Number(year);
    else reject(PARAM.year, year);
  }
  if (params.has(PARAM.countries)) state.countries = unique(list(PARAM.countries));
  if (params.has(PARAM.groups)) state.groups = unique(list(PARAM.groups));
  const viewAs = params.get(PARAM.viewAs);
  if (viewAs !== null) {
    if (/^[A-Z]{3}$/.test(viewAs)) state.viewAs = viewAs;
    else reject(PARAM.viewAs, viewAs);
  }
  for (const text of params.getAll(PARAM.scenarios)) {
    const scenario = parseScenario(text);
    if (scenario && state.scenarios.length < MAX_SCENARIOS)
      state.scenarios = [...state.scenarios, scenario];
    else reject(PARAM.scenarios, text);
  }
  const asOf = params.get(PARAM.asOf);
  if (asOf !== null) {
    if (NAMED_PATTERNS.isoDate.test(asOf) && isCalendarDate(asOf)) state.asOf = asOf;
    else reject(PARAM.asOf, asOf);
  }
  const language = params.get(PARAM.language);
  if (language !== null) {
    if (isLanguage(language)) state.language = language;
    else reject(PARAM.language, language);
  }
  const settings = parseViewSettings(params);
  state.settings = settings.settings;
  rejected.push(...settings.rejected);
  return { state, rejected };
}

/** Drops ids the model does not know and settles the year on one the model has figures for. */
export function reconcileWithModel(
  state: LinkState,
  model: Model,
): { state: LinkState; rejected: RejectedParameter[] } {
  const rejected: RejectedParameter[] = [];
  const keepKnown = (param: string, ids: string[], known: Set<string>) =>
    ids.filter((id) => {
      if (known.has(id)) return true;
      rejected.push({ param, value: id });
      return false;
    });
  const countryIds = new Set(model.countries.map((country) => country.id));
  const next: LinkState = {
    ...state,
    minerals: keepKnown(PARAM.minerals, state.minerals, new Set(model.minerals.map((m) => m.id))),
    countries: keepKnown(PARAM.countries, state.countries, countryIds),
    groups: keepKnown(PARAM.groups, state.groups, new Set(model.groups.map((group) => group.id))),
  };
  const mineralIds = new Set(model.minerals.map((mineral) => mineral.id));
  next.scenarios = state.scenarios.filter((scenario) => {
    const known =
      countryIds.has(scenario.supplier) && scenario.minerals.every((id) => mineralIds.has(id));
    if (!known) rejected.push({ param: PARAM.scenarios, value: serializeScenario(scenario) });
    return known;
  });
  if (!countryIds.has(next.viewAs)) {
    rejected.push({ param: PARAM.viewAs, value: next.viewAs });
    next.viewAs = countryIds.has(DEFAULT_LINK_STATE.viewAs)
      ? DEFAULT_LINK_STATE.viewAs
      : (model.countries[0]?.id ?? DEFAULT_LINK_STATE.viewAs);
  }
  const settings = reconcileViewSettings(state.settings, model);
  next.settings = settings.settings;
  rejected.push(...settings.rejected);
  const years = modelYears(model);
  if (next.year !== null && !years.includes(next.year)) {
    rejected.push({ param: PARAM.year, value: String(next.year) });
    next.year = null;
  }
  next.year ??=
    (next.minerals[0]
      ? latestYearWithWorldTotal(model, next.minerals[0], next.stage)
      : undefined) ??
    years.at(-1) ??
    null;
  return { state: next, rejected };
}

/** Writes link state as a readable query string: `?m=gallium,germanium&stage=refining&y=2023`. */
export function serializeLinkState(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_LINK_STATE.view) params.set(PARAM.view, state.view);
  const list = (ids: string[]) => ids.map(encodeLinkId).join(',');
  params.set(PARAM.minerals, list(state.minerals));
  params.set(PARAM.stage, state.stage);
  if (state.year !== null) params.set(PARAM.year, String(state.year));
  if (state.countries.length > 0) params.set(PARAM.countries, list(state.countries));
  if (state.groups.length > 0) params.set(PARAM.groups, list(state.groups));
  params.set(PARAM.viewAs, state.viewAs);
  params.set(PARAM.language, state.language);
  for (const scenario of state.scenarios)
    params.append(PARAM.scenarios, serializeScenario(scenario));
  if (state.asOf !== null) params.set(PARAM.asOf, state.asOf);
  writeViewSettings(state.settings, params);
  // Separators and escapes stay readable: URLSearchParams would write them as %2C, %3A and %7E.
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~')}`;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
