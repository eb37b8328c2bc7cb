import { createContext, useContext, useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store/store-context';

/** What the view on screen shows, in one line; held by the shell, read when a slide is saved. */
export const ViewCaptionContext = createContext<RefObject<string | null>>({ current: null });

export function useViewCaptionRef(): RefObject<string | null> {
  return useContext(ViewCaptionContext);
}

/**
 * Describes what a view shows from its own settings ("Exposure: Japan's imports · Gallium · 2024"),
 * so a slide saved from it is titled after the figure rather than the sidebar. Held in a ref, not
 * state: nothing re-renders for it, the save button reads it when pressed.
 */
export function useViewCaption(parts: (string | number | null | undefined)[]): void {
  const { t } = useTranslation();
  const captionRef = useViewCaptionRef();
  const view = useAppState((state) => state.view);
  const caption = `${t(`views.${view}`)}: ${parts
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(' · ')}`;
  useEffect(() => {
    captionRef.current = caption;
    return () => {
      if (captionRef.current === caption) captionRef.current = null;
    };
  }, [captionRef, caption]);
}
