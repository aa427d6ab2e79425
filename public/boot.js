// Starts the app. Kept out of index.html so that the page needs no inline
// script under its Content-Security-Policy; the build writes the hashed names
// of the files of the page's part of the app (index.html: the complaint part,
// case.html: the case part) into the data attributes of the tag that loads
// this file.
const tag = document.querySelector('script[data-wasm]');

// A message of locales/, for the moments when the app cannot speak: the build
// copies into this tag, in every language, each message that this file asks
// text() for by name (see Trunk.toml).
function text(lang, id) {
  return tag.getAttribute(`data-${id}-${lang}`);
}

// When the app's code stops with an error (a Rust panic is a bare
// WebAssembly trap in the release build), the page can no longer answer:
// say so, once, and offer the reload that brings it back. The draft of a
// complaint is in sessionStorage, so nothing typed is lost.
function whenStopped(lang) {
  const stopped = (error) => {
    if (!(error instanceof WebAssembly.RuntimeError) || document.getElementById('app-stopped')) return;
    const alert = document.createElement('div');
    alert.id = 'app-stopped';
    alert.className = 'app-stopped';
    alert.setAttribute('role', 'alert');
    const body = document.createElement('p');
    body.textContent = text(lang, 'app-stopped');
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'button';
    reload.textContent = text(lang, 'app-stopped-reload');
    reload.addEventListener('click', () => location.reload());
    alert.append(body, reload);
    (document.getElementById('main') ?? document.body).prepend(alert);
    reload.focus();
  };
  addEventListener('error', (event) => stopped(event.error));
  addEventListener('unhandledrejection', (event) => stopped(event.reason));
}

// The app's first need once its code has run is the active language's
// messages. Asking for them now, beside the code, saves a round trip before
// the first page. The choice follows initial_language in src/i18n/mod.rs:
// ?lang=, then the saved choice, then the browser's languages. Were the two
// ever to differ, the app would only download its choice after all.
// Only a head start: whatever fails here, the app below still starts.
try {
  // The build writes the languages (the folders of locales/) into the tag.
  const spoken = tag.dataset.languages.split(' ');
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
  const { locales, localesVersion } = document.documentElement.dataset;
  preload.href = `/locales/${locales}/${lang}.ftl?v=${localesVersion}`;
  document.head.append(preload);
  // Until the app replaces the page, its loading line speaks the customer's
  // language, and the page says which language that is, for screen readers.
  const shell = document.getElementById('shell-loading');
  const line = text(lang, 'page-loading');
  if (shell && line) {
    shell.textContent = line;
    document.documentElement.lang = lang;
  }
  whenStopped(lang);
} catch {
  // The app downloads the messages itself.
}

const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
