import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStore } from '../store/app-store';
import { pickLinkState } from '../store/app-store';
import { serializeLinkState } from '../store/url-state';
import { useAppState } from '../store/store-context';

/**
 * Mirrors the store to the address bar (so a copied link reopens the same view) and the language to
 * i18next and `<html lang>`. Writes only after the link has been checked against the model, so the
 * address never shows ids that were dropped.
 */
export function useLinkSync(store: AppStore) {
  const { i18n } = useTranslation();
  const language = useAppState((state) => state.language);

  useEffect(() => {
    document.documentElement.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  useEffect(() => {
    const write = () => {
      const state = store.getState();
      if (!state.reconciledWith) return;
      const search = serializeLinkState(pickLinkState(state));
      if (search !== window.location.search) {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${search}`,
        );
      }
    };
    write();
    return store.subscribe(write);
  }, [store]);
}
