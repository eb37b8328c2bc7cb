// Runs before the app's own script, and before the page's body is parsed.
(function () {
  // The build renders the default link (no query string: the first view, in English, from the
  // built-in model) into index.html, hidden unless this class is set (src/styles.css). Any other
  // link, or a browser where a model of the reader's own will open (src/data/saved-model.ts), gets
  // its first screen from the app itself and never shows that render, not even for a frame.
  let keptModel = false;
  try {
    keptModel = localStorage.getItem('lodestone-kept-model') !== null;
  } catch {
    // Storage switched off keeps no model either.
  }
  // The render is laid out with the filters open; below this width (NARROW_SCREEN in src/main.tsx)
  // they start folded, so the app draws that screen itself rather than hydrate another one.
  const narrow = window.matchMedia('(max-width: 1099px)').matches;
  if (window.location.search === '' && !keptModel && !narrow) {
    document.documentElement.classList.add('prerendered-link');
  }

  // Starts fetching the code of the view and the strings of the language a link asks for (the
  // app's and those only that view uses) alongside the entry rather than after it has run. The map
  // of which files each view and language needs is written into index.html by the build
  // (preload-plugin.ts).
  const meta = document.querySelector('meta[name="lodestone-route-preloads"]');
  if (!meta) return;
  const routes = JSON.parse(meta.content);
  const query = new URLSearchParams(window.location.search);
  const pick = (choices, asked, fallback) =>
    Object.prototype.hasOwnProperty.call(choices, asked) ? asked : fallback;
  const view = pick(routes.views, query.get('view'), routes.defaultView);
  const language = pick(routes.locales, query.get('lang'), routes.defaultLanguage);
  const viewStrings = (routes.viewStrings[view] || {})[language] || [];
  for (const href of [...routes.views[view], ...routes.locales[language], ...viewStrings]) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
})();
