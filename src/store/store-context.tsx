import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppState, AppStore } from './app-store';

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppState must be used inside <AppStoreContext.Provider>');
  return store;
}

/** Narrow selector into the app store; objects and arrays are compared shallowly. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), useShallow(selector));
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
