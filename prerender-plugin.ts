import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { splitStrings } from './strings-plugin.ts';
import {
  CHECKED_MODEL_PLUGIN,
  checkedModelModule,
  type CheckedModelApi,
} from './checked-model-plugin.ts';
import type * as Prerender from './src/prerender.tsx';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Renders the default link's first screen (src/prerender.tsx) into the built index.html, from the
 * model file the build checked, so that its figures are painted before any of the app's code has
 * arrived. `public/route-preload.js` shows it only on that link; `src/main.tsx` hydrates it.
 */
export function prerenderDefaultLink(modelPath = 'data/model.json'): Plugin {
  let checked: CheckedModelApi | undefined;
  let root = process.cwd();
  return {
    name: 'lodestone-prerender-default-link',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      checked = config.plugins.find((plugin) => plugin.name === CHECKED_MODEL_PLUGIN)?.api;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { path }) {
        // The bench pages are built by the same config and have no app to render.
        if (path !== '/index.html') return html;
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT}`);
        if (!checked)
          throw new Error('The prerender renders the model checkBuiltInModel() checked');
        const sha256 = checked.checkedSha256();
        // A build made inside the tests checks no model (checked-model-plugin.ts): nothing to
        // render from, and the page draws its first screen itself.
        if (sha256 === '') return html;
        const bytes = readFileSync(modelPath);
        if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
          throw new Error(`${modelPath} is not the file the build checked: build again`);
        }
        const markup = await renderWithApp(root, sha256, JSON.parse(bytes.toString('utf8')));
        return html.replace(
          EMPTY_ROOT,
          `${noScriptNote(root)}<div id="root" data-prerendered>${markup}</div>`,
        );
      },
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Without JavaScript every link gets this same page, whatever it asks for: the note says, in both
 * languages (there is no switching without a script), what is shown and what is missing.
 */
function noScriptNote(root: string): string {
  const paragraphs = (['en', 'ja'] as const).map((language) => {
    const strings = JSON.parse(
      readFileSync(`${root}/src/i18n/locales/${language}.json`, 'utf8'),
    ) as { firstLook: { noScript: string } };
    return `<p lang="${language}">${escapeHtml(strings.firstLook.noScript)}</p>`;
  });
  return `<noscript><div class="notice" role="note">${paragraphs.join('')}</div></noscript>`;
}

/** Loads the app's own modules in Node through a Vite server of the build's kind, and renders. */
async function renderWithApp(root: string, sha256: string, model: unknown): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    plugins: [
      react(),
      splitStrings(),
      { name: 'lodestone-checked-model-hash', ...checkedModelModule(() => sha256) },
    ],
  });
  try {
    const { renderDefaultLink } = (await server.ssrLoadModule(
      '/src/prerender.tsx',
    )) as typeof Prerender;
    return await renderDefaultLink(model as Parameters<typeof renderDefaultLink>[0]);
  } finally {
    await server.close();
  }
}
