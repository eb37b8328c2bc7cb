import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const PRECACHED = /\.(js|css|html|json|svg|png|woff2)$/;

/**
 * Writes `sw.js` into the build: it precaches every file of the bundle (the app, its views, the
 * model, trade and map files) so that after a first visit the dashboard works with the network
 * off. Pages are fetched from the network first and fall back to the cached app when offline;
 * everything else is served from the cache. A new build gets a new cache and removes the old one.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'lodestone-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = [
        'index.html',
        ...Object.keys(bundle).filter((name) => PRECACHED.test(name) && name !== 'index.html'),
      ];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(files, version) });
    },
  };
}

function workerSource(files: string[], version: string): string {
  return `const CACHE = 'lodestone-${version}';
const FILES = ${JSON.stringify(files.map((name) => `/${name}`))};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('/index.html')));
    return;
  }
  event.respondWith(caches.match(url.pathname).then((hit) => hit || fetch(request)));
});
`;
}
