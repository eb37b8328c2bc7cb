import { createContext, useContext, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AppState, AppStore } from './app-store';

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppState must be used inside <AppStoreContext.Provider>');
  return store;
}

/**
 * Narrow selector into the app store; objects and arrays are compared shallowly. A store is made
 * for one page (or for the build's render of the default link), so what it holds when the page is
 * hydrated is what the build rendered: zustand's own server snapshot would be the state before the
 * link was read and checked against the model.
 */
export function useAppState<T>(selector: (state: AppState) => T): T {
  const store = useAppStoreApi();
  const select = useShallow(selector);
  const current = () => select(store.getState());
  return useSyncExternalStore(store.subscribe, current, current);
}

/** The filters every view reads, as one shallowly compared selection. */
export function useFilterState() {
  return useAppState((state) => ({
    minerals: state.minerals,
    stage: state.stage,
    year: state.year,
    countries: state.countries,
    groups: state.groups,
    viewAs: state.viewAs,
    language: state.language,
  }));
}
