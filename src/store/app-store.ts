import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { DECK_STORAGE_KEY, KEPT_DECK_VERSION, keptDeckStorage } from './kept-deck';
import type { Slide } from '../domain/deck-schema';
import type { Model, Stage } from '../domain/model-schema';
import type { Language } from '../domain/language';
import { MAX_SCENARIOS, type ScenarioSpec } from './scenario-link';
import {
  DEFAULT_LINK_STATE,
  parseLinkState,
  reconcileWithModel,
  serializeLinkState,
  type LinkState,
  type RejectedParameter,
  type ViewId,
} from './url-state';
import type { ViewSettings } from './view-settings';

interface FiltersSlice extends LinkState {
  setView: (view: ViewId) => void;
  toggleMineral: (mineral: string) => void;
  setStage: (stage: Stage) => void;
  setYear: (year: number) => void;
  toggleCountry: (country: string) => void;
  toggleGroup: (group: string) => void;
  setViewAs: (country: string) => void;
  setLanguage: (language: Language) => void;
  /** null: read export controls on today's date. */
  setAsOf: (asOf: string | null) => void;
  resetFilters: () => void;
  /** Sets the filters to what an event concerns. */
  focusOn: (focus: { minerals: string[]; countries: string[]; year: number | null }) => void;
  addScenario: (scenario: ScenarioSpec) => void;
  updateScenario: (position: number, change: Partial<ScenarioSpec>) => void;
  removeScenario: (position: number) => void;
  setViewSetting: <K extends keyof ViewSettings>(key: K, value: ViewSettings[K]) => void;
  /** Puts the state of a link in place (Back, Forward), checked against the model in use. */
  openLink: (search: string) => void;
}

interface NoticesSlice {
  /** Link parameters that were ignored, shown until dismissed. */
  rejectedParameters: RejectedParameter[];
  /** The model the link state was last checked against (ids known, year settled). */
  reconciledWith: Model | null;
  reconcile: (model: Model) => void;
  dismissNotices: () => void;
  /** A new version of the app is installed and waiting: applying it reloads the page into it. */
  pendingUpdate: (() => void) | null;
  offerUpdate: (apply: () => void) => void;
}

interface SelectionSlice {
  /** The country under the pointer or keyboard focus, highlighted in every share chart. */
  hoveredCountry: string | null;
  setHoveredCountry: (country: string | null) => void;
}

interface DeckSlice {
  slides: Slide[];
  /** While presenting: the slide shown, and the state to return to afterwards. */
  presenting: { index: number; before: LinkState; showNotes: boolean } | null;
  addSlide: (title: Slide['title']) => void;
  updateSlide: (id: string, change: Partial<Pick<Slide, 'title' | 'notes'>>) => void;
  moveSlide: (id: string, offset: -1 | 1) => void;
  removeSlide: (id: string) => void;
  replaceSlides: (slides: Slide[]) => void;
  /** Puts a slide's state in place (its view, filters, scenarios, language). */
  openSlide: (id: string) => void;
  startPresenting: (index?: number) => void;
  goToSlide: (index: number) => void;
  toggleNotes: () => void;
  stopPresenting: () => void;
}

interface LayoutSlice {
  /** The filter sidebar folded into a bar, so the charts take the width. */
  sidebarCollapsed: boolean;
  toggleSidebar: () => void;
}

export type AppState = FiltersSlice & NoticesSlice & SelectionSlice & DeckSlice & LayoutSlice;

const toggle = (items: string[], item: string) =>
  items.includes(item) ? items.filter((existing) => existing !== item) : [...items, item];

const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set, get) => ({
  ...DEFAULT_LINK_STATE,
  setView: (view) => set({ view }),
  toggleMineral: (mineral) => set((state) => ({ minerals: toggle(state.minerals, mineral) })),
  setStage: (stage) => set({ stage }),
  setYear: (year) => set({ year }),
  toggleCountry: (country) => set((state) => ({ countries: toggle(state.countries, country) })),
  toggleGroup: (group) => set((state) => ({ groups: toggle(state.groups, group) })),
  setViewAs: (viewAs) => set({ viewAs }),
  setLanguage: (language) => set({ language }),
  setAsOf: (asOf) => set({ asOf }),
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
  setViewSetting: (key, value) =>
    set((state) => ({ settings: { ...state.settings, [key]: value } })),
  // A link is checked against the model in use at once, so the view never blinks.
  openLink: (search) => {
    const model = get().reconciledWith;
    const { state, rejected } = parseLinkState(search);
    set({ ...state, rejectedParameters: rejected, reconciledWith: null });
    if (model) get().reconcile(model);
  },
});

const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  rejectedParameters: [],
  reconciledWith: null,
  reconcile: (model) => {
    const { state, rejected } = reconcileWithModel(pickLinkState(get()), model);
    set((current) => ({
      ...state,
      reconciledWith: model,
      rejectedParameters: [...current.rejectedParameters, ...rejected],
    }));
  },
  dismissNotices: () => set({ rejectedParameters: [] }),
  pendingUpdate: null,
  offerUpdate: (pendingUpdate) => set({ pendingUpdate }),
});

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  hoveredCountry: null,
  setHoveredCountry: (hoveredCountry) => set({ hoveredCountry }),
});

const createDeckSlice: StateCreator<AppState, [], [], DeckSlice> = (set, get) => {
  // A slide's link is checked against the model in use at once, so the view never blinks; what it
  // carries that cannot be used is told as for a link opened from the address bar. The slide is
  // shown in the reader's language, whichever it was saved in.
  const applyLink = (link: string) => {
    const { language } = get();
    get().openLink(link);
    set({ language });
  };
  return {
    slides: [],
    presenting: null,
    addSlide: (title) =>
      set((state) => ({
        slides: [
          ...state.slides,
          {
            id: newSlideId(state.slides),
            title,
            notes: { en: '', ja: '' },
            link: serializeLinkState(pickLinkState(state)),
          },
        ],
      })),
    updateSlide: (id, change) =>
      set((state) => ({
        slides: state.slides.map((slide) => (slide.id === id ? { ...slide, ...change } : slide)),
      })),
    moveSlide: (id, offset) =>
      set((state) => {
        const from = state.slides.findIndex((slide) => slide.id === id);
        const to = from + offset;
        if (from < 0 || to < 0 || to >= state.slides.length) return {};
        const slides = [...state.slides];
        [slides[from], slides[to]] = [slides[to]!, slides[from]!];
        return { slides };
      }),
    removeSlide: (id) =>
      set((state) => ({ slides: state.slides.filter((slide) => slide.id !== id) })),
    replaceSlides: (slides) => set({ slides }),
    openSlide: (id) => {
      const slide = get().slides.find((candidate) => candidate.id === id);
      if (slide) applyLink(slide.link);
    },
    startPresenting: (index = 0) => {
      const { slides } = get();
      const slide = slides[index];
      if (!slide) return;
      set({ presenting: { index, before: pickLinkState(get()), showNotes: false } });
      applyLink(slide.link);
    },
    goToSlide: (index) => {
      const { presenting, slides } = get();
      const slide = slides[index];
      if (!presenting || !slide) return;
      set({ presenting: { ...presenting, index } });
      applyLink(slide.link);
    },
    toggleNotes: () =>
      set((state) =>
        state.presenting
          ? { presenting: { ...state.presenting, showNotes: !state.presenting.showNotes } }
          : {},
      ),
    stopPresenting: () => {
      const { presenting } = get();
      if (!presenting) return;
      const model = get().reconciledWith;
      set({ presenting: null, ...presenting.before, rejectedParameters: [], reconciledWith: null });
      if (model) get().reconcile(model);
    },
  };
};

const createLayoutSlice =
  (sidebarCollapsed: boolean): StateCreator<AppState, [], [], LayoutSlice> =>
  (set) => ({
    sidebarCollapsed,
    toggleSidebar: () => set((state) => ({ sidebarCollapsed: !state.sidebarCollapsed })),
  });

function newSlideId(slides: readonly Slide[]): string {
  const taken = new Set(slides.map((slide) => slide.id));
  let number = slides.length + 1;
  while (taken.has(`slide-${number}`)) number += 1;
  return `slide-${number}`;
}

export function pickLinkState(state: AppState): LinkState {
  const link = {} as Record<keyof LinkState, unknown>;
  for (const key of Object.keys(DEFAULT_LINK_STATE) as (keyof LinkState)[]) link[key] = state[key];
  return link as LinkState;
}

/**
 * A store seeded from a link (query string); each test and each page load gets its own. The deck
 * alone is kept in localStorage, so slides survive reloads while the link stays the only source
 * of the view. The sidebar starts open unless the page says the screen is narrow.
 */
export function createAppStore(
  search: string,
  options: { keepDeck: boolean; sidebarCollapsed?: boolean } = { keepDeck: true },
) {
  const { state, rejected } = parseLinkState(search);
  const slices: StateCreator<AppState, [], []> = (...args) => ({
    ...createFiltersSlice(...args),
    ...createNoticesSlice(...args),
    ...createSelectionSlice(...args),
    ...createDeckSlice(...args),
    ...createLayoutSlice(options.sidebarCollapsed ?? false)(...args),
  });
  const store = options.keepDeck
    ? create<AppState>()(
        persist(slices as StateCreator<AppState, [['zustand/persist', unknown]], []>, {
          name: DECK_STORAGE_KEY,
          storage: keptDeckStorage,
          partialize: (current) => ({ slides: current.slides }),
          version: KEPT_DECK_VERSION,
        }),
      )
    : create<AppState>()(slices);
  store.setState({ ...state, rejectedParameters: rejected });
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
