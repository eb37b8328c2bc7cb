import { create, type StateCreator } from 'zustand';
import type { Model, Stage } from '../domain/model-schema';
import type { Language } from '../i18n/i18n';
import { MAX_SCENARIOS, type ScenarioSpec } from './scenario-link';
import {
  DEFAULT_LINK_STATE,
  parseLinkState,
  reconcileWithModel,
  type LinkState,
  type RejectedParameter,
  type ViewId,
} from './url-state';

interface FiltersSlice extends LinkState {
  setView: (view: ViewId) => void;
  toggleMineral: (mineral: string) => void;
  setStage: (stage: Stage) => void;
  setYear: (year: number) => void;
  toggleCountry: (country: string) => void;
  toggleGroup: (group: string) => void;
  setViewAs: (country: string) => void;
  setLanguage: (language: Language) => void;
  resetFilters: () => void;
  /** Sets the filters to what an event concerns. */
  focusOn: (focus: { minerals: string[]; countries: string[]; year: number | null }) => void;
  addScenario: (scenario: ScenarioSpec) => void;
  updateScenario: (position: number, change: Partial<ScenarioSpec>) => void;
  removeScenario: (position: number) => void;
}

interface NoticesSlice {
  /** Link parameters that were ignored, shown until dismissed. */
  rejectedParameters: RejectedParameter[];
  /** Whether the link state has been checked against a loaded model. */
  reconciled: boolean;
  reconcile: (model: Model) => void;
  dismissNotices: () => void;
}

interface SelectionSlice {
  /** The country under the pointer or keyboard focus, highlighted in every view. */
  hoveredCountry: string | null;
  setHoveredCountry: (country: string | null) => void;
}

export type AppState = FiltersSlice & NoticesSlice & SelectionSlice;

const toggle = (items: string[], item: string) =>
  items.includes(item) ? items.filter((existing) => existing !== item) : [...items, item];

const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  ...DEFAULT_LINK_STATE,
  setView: (view) => set({ view }),
  toggleMineral: (mineral) => set((state) => ({ minerals: toggle(state.minerals, mineral) })),
  setStage: (stage) => set({ stage }),
  setYear: (year) => set({ year }),
  toggleCountry: (country) => set((state) => ({ countries: toggle(state.countries, country) })),
  toggleGroup: (group) => set((state) => ({ groups: toggle(state.groups, group) })),
  setViewAs: (viewAs) => set({ viewAs }),
  setLanguage: (language) => set({ language }),
  resetFilters: () =>
    set((state) => ({
      minerals: DEFAULT_LINK_STATE.minerals,
      stage: DEFAULT_LINK_STATE.stage,
      countries: [],
      groups: [],
      viewAs: DEFAULT_LINK_STATE.viewAs,
      year: state.year,
    })),
  focusOn: ({ minerals, countries, year }) =>
    set((state) => ({ minerals, countries, year: year ?? state.year })),
  addScenario: (scenario) =>
    set((state) =>
      state.scenarios.length >= MAX_SCENARIOS ? {} : { scenarios: [...state.scenarios, scenario] },
    ),
  updateScenario: (position, change) =>
    set((state) => ({
      scenarios: state.scenarios.map((scenario, i) =>
        i === position ? { ...scenario, ...change } : scenario,
      ),
    })),
  removeScenario: (position) =>
    set((state) => ({ scenarios: state.scenarios.filter((_, i) => i !== position) })),
});

const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  rejectedParameters: [],
  reconciled: false,
  reconcile: (model) => {
    const { state, rejected } = reconcileWithModel(pickLinkState(get()), model);
    set((current) => ({
      ...state,
      reconciled: true,
      rejectedParameters: [...current.rejectedParameters, ...rejected],
    }));
  },
  dismissNotices: () => set({ rejectedParameters: [] }),
});

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  hoveredCountry: null,
  setHoveredCountry: (hoveredCountry) => set({ hoveredCountry }),
});

export function pickLinkState(state: AppState): LinkState {
  const { view, minerals, stage, year, countries, groups, viewAs, language, scenarios } = state;
  return { view, minerals, stage, year, countries, groups, viewAs, language, scenarios };
}

/** A store seeded from a link (query string); each test and each page load gets its own. */
export function createAppStore(search: string) {
  const { state, rejected } = parseLinkState(search);
  const store = create<AppState>()((...args) => ({
    ...createFiltersSlice(...args),
    ...createNoticesSlice(...args),
    ...createSelectionSlice(...args),
  }));
  store.setState({ ...state, rejectedParameters: rejected });
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
