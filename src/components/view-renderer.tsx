import { createContext, useContext, type ReactNode } from 'react';
import type { ViewId } from '../store/url-state';

/**
 * How a view is drawn, provided by the app shell, so that features that show other views (the
 * presenter, the printed deck) need not import the shell.
 */
export const ViewRendererContext = createContext<(view: ViewId) => ReactNode>(() => null);

export function useViewRenderer(): (view: ViewId) => ReactNode {
  return useContext(ViewRendererContext);
}
