// Starts the app. Kept out of index.html so that the page needs no inline
// script under its Content-Security-Policy; Trunk writes the hashed names of
// the app's files into the data attributes of the tag that loads this file.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
