import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/language';

/**
 * The app's i18next: only the reader's language is fetched before the first screen; the other is
 * fetched when the reader switches, and the page keeps the old language until it has arrived. No
 * fallback language, so Japanese readers never download the English strings (the locale test keeps
 * both files to the same keys).
 */
export async function loadI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(resourcesToBackend((lng: string) => import(`./locales/${lng}.json`)))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}
