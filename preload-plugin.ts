import type { Plugin, Rollup } from 'vite';
import { STRING_PARTS } from './src/i18n/string-parts.ts';

type OutputChunk = Rollup.OutputChunk;

/**
 * Adds `<link rel="preload" as="fetch">` for the built-in model to the built page, so that the
 * browser fetches it alongside the app's own code rather than after the code has run.
 */
export function preloadModel(modelPath = 'data/model.json'): Plugin {
  return {
    name: 'lodestone-preload-model',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const asset = Object.values(bundle ?? {}).find(
          (output) =>
            output.type === 'asset' &&
            output.originalFileNames.some((name) => name.endsWith(modelPath)),
        );
        // Pages other than the app's (the bench page) do not load the model.
        if (!asset) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', href: `/${asset.fileName}`, crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/** The module each view's link opens with (src/app/view-tabs.tsx loads them). */
export const VIEW_MODULES = {
  concentration: 'src/features/concentration/concentration-view.tsx',
  scenario: 'src/features/scenario/scenario-view.tsx',
  map: 'src/features/map/map-view.tsx',
  exposure: 'src/features/exposure/exposure-view.tsx',
  network: 'src/features/network/network-view.tsx',
  timeline: 'src/features/timeline/timeline-view.tsx',
  deck: 'src/features/presenter/deck-view.tsx',
} as const;
/** The strings each language loads with the app (src/i18n/load-i18n.ts). */
export const LOCALE_MODULES = {
  en: 'src/i18n/locales/en.json?strings=core',
  ja: 'src/i18n/locales/ja.json?strings=core',
} as const;

type Language = keyof typeof LOCALE_MODULES;
const LANGUAGES = Object.keys(LOCALE_MODULES) as Language[];
const hasStrings = (view: string): view is keyof typeof STRING_PARTS => view in STRING_PARTS;
const stringsModule = (part: keyof typeof STRING_PARTS, language: Language) =>
  `src/i18n/locales/${language}.json?strings=${part}`;

/** The strings only a view uses, in a language, fetched with its code (src/i18n/string-parts.ts). */
export function viewStringsModule(view: keyof typeof VIEW_MODULES, language: Language) {
  return hasStrings(view) ? stringsModule(view, language) : null;
}

const CHARSET_META = '<meta charset="UTF-8" />';

/**
 * Writes into the built page which files each view and each language needs beyond the entry's
 * own, and adds `public/route-preload.js`, which runs before the app and preloads those of the view
 * and language the link asks for. The view's code and the strings then arrive with the entry
 * instead of after it has been parsed and run.
 */
export function preloadRoutes(): Plugin {
  return {
    name: 'lodestone-preload-routes',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter(
          (output): output is OutputChunk => output.type === 'chunk',
        );
        const chunkOf = (path: string) =>
          chunks.find((chunk) => chunk.facadeModuleId?.endsWith(path));
        const entry = chunks.find((chunk) => chunk.isEntry);
        // Pages other than the app's (the bench pages) have no views.
        if (!entry || !chunkOf(VIEW_MODULES.concentration)) return html;
        const withImports = (chunk: OutputChunk, files = new Set<string>()): Set<string> => {
          if (files.has(chunk.fileName)) return files;
          files.add(chunk.fileName);
          for (const name of chunk.imports) withImports(bundle![name] as OutputChunk, files);
          return files;
        };
        const loadedByEntry = withImports(entry);
        const filesFor = (path: string) =>
          [...withImports(chunkOf(path)!)]
            .filter((file) => !loadedByEntry.has(file))
            .map((file) => `/${file}`);
        const mapped = <K extends string>(modules: Record<K, string>) =>
          Object.fromEntries(
            Object.entries<string>(modules).map(([key, path]) => [key, filesFor(path)]),
          ) as Record<K, string[]>;
        const viewStrings = Object.fromEntries(
          Object.keys(STRING_PARTS)
            .filter(hasStrings)
            .map((view) => [
              view,
              Object.fromEntries(
                LANGUAGES.map((language) => [language, filesFor(stringsModule(view, language))]),
              ),
            ]),
        );
        const routes = {
          defaultView: 'concentration',
          defaultLanguage: 'en',
          views: mapped(VIEW_MODULES),
          locales: mapped(LOCALE_MODULES),
          viewStrings,
        };
        // Right after the character set (which must come within the page's first 1,024 bytes),
        // the stylesheet and the model, which the first paint and the hydration wait for, then the
        // script, which decides whether the build's render of the default link is shown and adds
        // the route's module preloads. Requested by the parser before that script runs, the two
        // are not queued behind those preloads (a host on HTTP/1.1 serves six files at a time):
        // measured, the stylesheet came 110 ms later when it followed the script.
        if (!html.includes(CHARSET_META)) throw new Error(`index.html has no ${CHARSET_META}`);
        const routeMap = JSON.stringify(routes).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        const firstNeeded = /\s*<link rel="(?:stylesheet|preload)"[^>]*>/g;
        const moved = (html.match(firstNeeded) ?? []).map((link) => link.trim());
        return html
          .replace(firstNeeded, '')
          .replace(
            CHARSET_META,
            [
              CHARSET_META,
              ...moved,
              `<meta name="lodestone-route-preloads" content="${routeMap}" />`,
              '<script src="/route-preload.js"></script>',
            ].join('\n    '),
          );
      },
    },
  };
}
