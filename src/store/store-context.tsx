import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppState, AppStore } from './app-store';

export const AppStoreContext = createContext<AppStore | null>(null);

function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppState must be used inside <AppStoreContext.Provider>');
  return store;
}

/** Narrow selector into the app store; objects and arrays are compared shallowly. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), useShallow(selector));
}
