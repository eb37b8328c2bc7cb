import { createContext, useContext, type ReactNode } from 'react';
import type { ViewId } from '../store/url-state';

/**
 * How a view is drawn on a slide (its slide figure), provided by the app shell, so that the
 * presenter and the printed deck need not import the shell or the other features.
 */
export const SlideRendererContext = createContext<(view: ViewId) => ReactNode>(() => null);

export function useSlideRenderer(): (view: ViewId) => ReactNode {
  return useContext(SlideRendererContext);
}
