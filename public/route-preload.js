// Runs before the app's own script: starts fetching the code of the view and the strings of the
// language a link asks for, alongside the entry rather than after it has run. The map of which
// files each view and language needs is written into index.html by the build (preload-plugin.ts).
(function () {
  const meta = document.querySelector('meta[name="lodestone-route-preloads"]');
  if (!meta) return;
  const routes = JSON.parse(meta.content);
  const query = new URLSearchParams(window.location.search);
  const pick = (choices, asked, fallback) =>
    Object.prototype.hasOwnProperty.call(choices, asked) ? asked : fallback;
  const view = pick(routes.views, query.get('view'), routes.defaultView);
  const language = pick(routes.locales, query.get('lang'), routes.defaultLanguage);
  for (const href of [...routes.views[view], ...routes.locales[language]]) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
})();
