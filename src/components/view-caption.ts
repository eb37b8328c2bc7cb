import { createContext, useContext, useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelIndex } from '../data/model-context';
import type { Language } from '../domain/language';
import type { Translate } from '../i18n/i18n';
import { useAppState } from '../store/store-context';
import { countryNamer } from './country-name';
import { mineralNamer } from './use-names';

/** What the view on screen shows, in one line, in a language asked for. */
export type ViewCaption = (language: Language) => string;

/** The view's caption; held by the shell, read when a slide is saved. */
export const ViewCaptionContext = createContext<RefObject<ViewCaption | null>>({ current: null });

export function useViewCaptionRef(): RefObject<ViewCaption | null> {
  return useContext(ViewCaptionContext);
}

/** The words a caption is made of, in one language. */
export interface CaptionWords {
  language: Language;
  t: Translate;
  mineralName: (id: string) => string;
  countryName: (id: string) => string;
}

/**
 * Describes what a view shows from its own settings ("Exposure: Japan's imports · Gallium · 2024"),
 * so a slide saved from it is titled after the figure rather than the sidebar. The parts are asked
 * for in each language, so the slide carries the view's caption in English and Japanese alike (the
 * other language's strings must be loaded when it is called; saving a slide loads them first).
 * Held in a ref, not state: nothing re-renders for it, the save button reads it when pressed.
 */
export function useViewCaption(
  describe: (words: CaptionWords) => (string | number | null | undefined)[],
): void {
  const { i18n } = useTranslation();
  const index = useModelIndex();
  const captionRef = useViewCaptionRef();
  const view = useAppState((state) => state.view);
  // Set after every render: the parts close over what this render shows.
  useEffect(() => {
    const caption: ViewCaption = (language) => {
      const t = i18n.getFixedT(language);
      const words = {
        language,
        t,
        mineralName: mineralNamer(index, language),
        countryName: countryNamer(index, language, t),
      };
      const parts = describe(words).filter(
        (part) => part !== null && part !== undefined && part !== '',
      );
      return t('viewCaption.title', { view: t(`views.${view}`), parts: parts.join(' · ') });
    };
    captionRef.current = caption;
    return () => {
      if (captionRef.current === caption) captionRef.current = null;
    };
  });
}
