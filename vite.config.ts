import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyMeta, SECURITY_HEADERS } from './csp.ts';
import { checkBuiltInModel } from './checked-model-plugin.ts';
import { preloadModel, preloadRoutes } from './preload-plugin.ts';
import { prerenderDefaultLink } from './prerender-plugin.ts';
import { splitStrings } from './strings-plugin.ts';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    splitStrings(),
    contentSecurityPolicyMeta(),
    checkBuiltInModel(),
    preloadModel(),
    preloadRoutes(),
    prerenderDefaultLink(),
    // The service worker (Workbox): the app's files precached per build, the trade file cached at
    // its first use; a new build waits beside the old one until the reader accepts the reload it
    // offers (src/app/update-notice.tsx), so an open tab never loses the chunks it was built with.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Lodestone: critical-mineral dependence',
        short_name: 'Lodestone',
        description: 'Who mines and refines the critical minerals, and how concentrated that is.',
        lang: 'en',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f3b57',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,woff2}'],
        globIgnores: ['**/trade-*.json'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit's page is served by the worker at once; updates still wait to be accepted.
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        runtimeCaching: [
          {
            urlPattern: /\/assets\/trade-[\w-]+\.json$/,
            handler: 'CacheFirst',
            options: { cacheName: 'lodestone-trade', expiration: { maxEntries: 2 } },
          },
        ],
      },
    }),
  ],
  // The manifest lets the byte budget weigh what each view's link loads (scripts/bench/sizes.ts).
  build: { manifest: true },
  preview: { port: 4173, headers: SECURITY_HEADERS },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'src/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
          ],
          setupFiles: ['tests/setup.ts'],
          // Above the 20 s wait of tests/setup.ts, so that a slow wait fails with what it waited for.
          testTimeout: 60_000,
        },
      },
      {
        // Real Chromium against the built app (run `vite build` first; `npm run test:browser` does).
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          // Above the 60 s a page waits (tests/browser/harness.ts), for a busy 2-core machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 20_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
