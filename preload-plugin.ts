import type { Plugin } from 'vite';

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
