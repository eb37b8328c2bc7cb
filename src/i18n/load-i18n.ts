import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/language';
import type { StringPart } from './string-parts';

type StringsModule = () => Promise<{ default: Record<string, unknown> }>;

// Written out, one import each, so that every part of every language is a chunk of its own.
const STRINGS: Record<Language, Record<StringPart | 'core', StringsModule>> = {
  en: {
    core: () => import('./locales/en.json?strings=core'),
    timeline: () => import('./locales/en.json?strings=timeline'),
    scenario: () => import('./locales/en.json?strings=scenario'),
    network: () => import('./locales/en.json?strings=network'),
    map: () => import('./locales/en.json?strings=map'),
  },
  ja: {
    core: () => import('./locales/ja.json?strings=core'),
    timeline: () => import('./locales/ja.json?strings=timeline'),
    scenario: () => import('./locales/ja.json?strings=scenario'),
    network: () => import('./locales/ja.json?strings=network'),
    map: () => import('./locales/ja.json?strings=map'),
  },
};

/** The views' parts the page has asked for so far: every language it loads brings them too. */
const partsWanted = new Set<StringPart>();
/** For each i18next, each part of each language once added (or on its way). */
const partsAdded = new WeakMap<i18n, Map<string, Promise<void>>>();
let appI18n: i18n | undefined;

function addStrings(instance: i18n, language: Language, part: StringPart | 'core') {
  const added = partsAdded.get(instance) ?? new Map<string, Promise<void>>();
  partsAdded.set(instance, added);
  const key = `${language}:${part}`;
  let adding = added.get(key);
  if (!adding) {
    const load = STRINGS[language][part];
    // Asked again once: Chromium now and then fails a fetch that a preload is serving (see
    // fetchFile in src/data/model-query.ts). A part that still fails is asked for next time.
    adding = load()
      .catch(load)
      .then(
        (module) => {
          instance.addResourceBundle(language, 'translation', module.default, true, true);
        },
        (error: unknown) => {
          added.delete(key);
          throw error;
        },
      );
    added.set(key, adding);
  }
  return adding;
}

const languagesLoaded = (instance: i18n) =>
  (Object.keys(STRINGS) as Language[]).filter((language) =>
    partsAdded.get(instance)?.has(`${language}:core`),
  );

async function loadLanguage(instance: i18n, language: Language) {
  await Promise.all(
    (['core', ...partsWanted] as const).map((part) => addStrings(instance, language, part)),
  );
}

/**
 * The app's i18next: only the reader's language is fetched before the first screen, and of it the
 * core and the parts of the views asked for so far (src/i18n/string-parts.ts). The other language
 * is fetched when the reader switches (`switchLanguage`). No fallback language, so Japanese
 * readers never download the English strings (the locale test keeps both files to the same keys).
 */
export async function loadI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
    // Strings that arrive after a screen was drawn (a view's, asked for during a switch of
    // language) draw it again.
    react: { bindI18nStore: 'added' },
    // A string asked for before its part arrived would show its key: said where tests look.
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) =>
      console.error(`No string "${key}" in ${languages.join(', ')}`),
  });
  appI18n = instance;
  // Without its strings the app still opens, with keys in their place, rather than a blank page.
  await loadLanguage(instance, language).catch((error: unknown) => console.error(error));
  return instance;
}

/**
 * The app's i18next if `instance` is it, as react-i18next hands it out (a proxy of it: the same
 * store, not the same object); undefined for one made with all its strings (tests, src/i18n/i18n.ts).
 */
const theAppI18n = (instance: i18n) =>
  appI18n !== undefined && instance.store === appI18n.store ? appI18n : undefined;

/**
 * Fetches the strings of other languages without switching to them (a slide is titled in both):
 * each comes with every part the page has asked for, as a switch would bring it.
 */
export async function loadLanguages(instance: i18n, languages: readonly Language[]): Promise<void> {
  const app = theAppI18n(instance);
  if (app) await Promise.all(languages.map((language) => loadLanguage(app, language)));
}

/** Switches the language once its strings have arrived: the page keeps the old one until then. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  const app = theAppI18n(instance);
  if (app) await loadLanguage(app, language);
  await instance.changeLanguage(language);
}

/**
 * A view's code, once it has arrived with the strings only that view uses, in every language the
 * page has loaded: the view never draws a key in place of a string. Before the app's i18next
 * exists, the part is noted and comes with the first language.
 */
export async function withStrings<Module>(
  part: StringPart,
  code: Promise<Module>,
): Promise<Module> {
  partsWanted.add(part);
  const instance = appI18n;
  const strings = instance
    ? languagesLoaded(instance).map((language) => addStrings(instance, language, part))
    : [];
  const [module] = await Promise.all([code, ...strings]);
  return module;
}
