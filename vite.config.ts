import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyMeta, SECURITY_HEADERS } from './csp.ts';
import { preloadModel } from './preload-plugin.ts';
import { serviceWorker } from './service-worker-plugin.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), preloadModel(), serviceWorker()],
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
        },
      },
      {
        // Real Chromium against the built app (run `vite build` first; `npm run test:browser` does).
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
