// Starts the app. Kept out of index.html so that the page needs no inline
// script under its Content-Security-Policy; the build writes the hashed names
// of the files of the page's part of the app (index.html: the complaint part,
// case.html: the case part) into the data attributes of the tag that loads
// this file.
const tag = document.querySelector('script[data-wasm]');

// The app's first need once its code has run is the active language's
// messages. Asking for them now, beside the code, saves a round trip before
// the first page. The choice follows initial_language in src/i18n/mod.rs:
// ?lang=, then the saved choice, then the browser's languages. Were the two
// ever to differ, the app would only download its choice after all.
// Only a head start: whatever fails here, the app below still starts.
try {
  const spoken = ['en', 'fr', 'de', 'ru', 'az'];
  const saved = () => {
    try {
      return localStorage.getItem('redress-lang');
    } catch {
      return null; // storage refused, e.g. in a widget on another site
    }
  };
  const lang = [
    new URLSearchParams(location.search).get('lang'),
    saved(),
    ...(navigator.languages ?? [navigator.language]).map((tag) => String(tag).split(/[-_]/)[0].toLowerCase()),
  ].find((tag) => spoken.includes(tag)) ?? 'en';
  const preload = document.createElement('link');
  preload.rel = 'preload';
  preload.as = 'fetch';
  preload.crossOrigin = 'anonymous';
  preload.href = `/locales/${lang}.ftl?v=${document.documentElement.dataset.localesVersion}`;
  document.head.append(preload);
  // Until the app replaces the page, its loading line speaks the customer's
  // language (the build copies each language's line into the tag), and the
  // page says which language that is, for screen readers.
  const shell = document.getElementById('shell-loading');
  const line = shell?.getAttribute(`data-loading-${lang}`);
  if (line) {
    shell.textContent = line;
    document.documentElement.lang = lang;
  }
} catch {
  // The app downloads the messages itself.
}

const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
