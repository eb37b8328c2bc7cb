import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/load-i18n';
import type { AppStore } from '../store/app-store';
import { pickLinkState } from '../store/app-store';
import { historyStep } from '../store/history-step';
import { serializeLinkState, type LinkState } from '../store/url-state';
import { useAppState } from '../store/store-context';

/**
 * Mirrors the store to the address bar (so a copied link reopens the same view) and the language to
 * i18next and `<html lang>`. Writes only after the link has been checked against the model, so the
 * address never shows ids that were dropped. Moving to another view or selection makes a history
 * entry (see `historyStep`); Back and Forward put the entry's state back.
 */
export function useLinkSync(store: AppStore) {
  const { i18n } = useTranslation();
  const language = useAppState((state) => state.language);

  useEffect(() => {
    document.documentElement.lang = language;
    if (i18n.language !== language) void switchLanguage(i18n, language);
  }, [i18n, language]);

  useEffect(() => {
    let written: LinkState | null = null;
    let lastPushAt = -Infinity;
    let restoring = false;
    const write = () => {
      const state = store.getState();
      if (!state.reconciledWith) return;
      const link = pickLinkState(state);
      const search = serializeLinkState(link);
      if (search !== window.location.search) {
        const now = performance.now();
        // Back and Forward restore an entry, and a presented slide is not a place to go back to.
        const step =
          restoring || state.presenting ? 'replace' : historyStep(written, link, now - lastPushAt);
        const url = `${window.location.pathname}${search}`;
        if (step === 'push') {
          window.history.pushState(null, '', url);
          lastPushAt = now;
        } else window.history.replaceState(window.history.state, '', url);
      }
      written = link;
    };
    const restore = () => {
      restoring = true;
      try {
        store.getState().openLink(window.location.search);
      } finally {
        restoring = false;
      }
    };
    write();
    const unsubscribe = store.subscribe(write);
    window.addEventListener('popstate', restore);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', restore);
    };
  }, [store]);
}
