// The start page renders every provider in each of the five languages,
// finds them by name as a person types,
// follows ?lang=, the saved choice and the browser's language (downloading
// only that language's messages, once), and passes axe.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accessibilityViolations, baseUrl, languages, launch, message, openPage, screenshot,
} from '../lib/browser.js';

// The bundled five, then the company the browser tests add as data (e2e/providers/).
const providers = ['Kite Mobi', 'Modmount', 'Kijoma Broadband', 'Key-Systems', 'Kontakt Home', 'Nordwind Energie'];
let browser;

async function gotoStart(page, query = '') {
  await page.goto(`${baseUrl}/${query}`);
  await page.locator('h1').waitFor();
}

// The page is shown in `lang`: the <html lang> and the heading agree.
async function assertLanguage(page, lang) {
  assert.equal(await page.getAttribute('html', 'lang'), lang);
  assert.equal(await page.locator('h1').textContent(), message(lang, 'start', 'start-title'));
}

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of languages) {
  test(`start page in ${lang}: translated, lists every provider, no accessibility violations`, async () => {
    const { context, page, problems } = await openPage(browser);
    await gotoStart(page, `?lang=${lang}`);
    await assertLanguage(page, lang);
    const names = await page.locator('.provider-card__name').allTextContents();
    assert.deepEqual(names, providers);
    const pressed = page.locator('.language-switcher__button[aria-pressed="true"]');
    assert.equal(await pressed.getAttribute('lang'), lang);
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `start-${lang}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `start-${lang}-375`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the search finds a company as its name is typed, mistakes and all', async () => {
  const { context, page, problems } = await openPage(browser);
  await gotoStart(page, '?lang=en');
  await page.locator('.provider-card').first().waitFor();
  const search = page.getByLabel(message('en', 'start', 'start-search-label'));
  await search.click();
  // A typo first: nothing matches, and the page says so.
  await page.keyboard.type('kij0', { delay: 30 });
  const none = page.getByText('No company matches “kij0”.');
  await none.waitFor();
  assert.equal(await page.locator('.provider-card').count(), 0);
  // Corrected key by key: the one company, and the field kept the focus throughout.
  await page.keyboard.press('Backspace');
  await page.keyboard.type('oma', { delay: 30 });
  await page.waitForFunction(() => document.querySelectorAll('.provider-card').length === 1);
  assert.deepEqual(await page.locator('.provider-card__name').allTextContents(), ['Kijoma Broadband']);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'provider-search');
  // A screen reader hears one line, how many were found, not the cards.
  const found = message('en', 'start', 'start-search-found', 'one').replace('{ $count }', '1');
  assert.equal((await page.locator('[role="status"]').innerText()).trim(), found);
  assert.equal(await page.locator('[aria-live] .provider-card, [role="status"] .provider-card').count(), 0);
  // Cleared: every company again.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction((n) => document.querySelectorAll('.provider-card').length === n, providers.length);
  // Its link loads the company's page, with that company's policy.
  await page.keyboard.type('modm', { delay: 30 });
  await page.waitForFunction(() => document.querySelectorAll('.provider-card').length === 1);
  await page.getByRole('link', { name: 'Modmount' }).click();
  await page.waitForURL(`${baseUrl}/modmount`);
  await page.locator('h1').filter({ hasText: 'Modmount' }).waitFor();
  // Back: the search as it was left.
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.provider-card').length === 1);
  assert.equal(await page.inputValue('#provider-search'), 'modm');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language switcher changes the page and the choice survives a reload', async () => {
  const { context, page, problems } = await openPage(browser);
  await gotoStart(page);
  await page.locator('.language-switcher__button[lang="de"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  await assertLanguage(page, 'de');
  const downloads = localeDownloads(page);
  await page.reload();
  await page.locator('h1').waitFor();
  await assertLanguage(page, 'de');
  // The start page is one of the complaint part's later pages: its messages
  // come after the first page's, each file once, in the chosen language only.
  assert.deepEqual(downloads, ['/locales/complaint/de.ftl', '/locales/complaint-later/de.ftl']);
  assert.deepEqual(problems, []);
  await context.close();
});

// The messages the page downloaded, by address. boot.js asks for them while the
// app's code is still arriving; a second request would mean the app and
// boot.js disagree on the language or the address.
function localeDownloads(page) {
  const downloads = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/locales/')) downloads.push(path);
  });
  return downloads;
}

test("without a choice, the browser's language is used", async () => {
  const { context, page, problems } = await openPage(browser, { locale: 'ru-RU' });
  const downloads = localeDownloads(page);
  const wasm = page.waitForResponse((response) => response.url().endsWith('.wasm'));
  await gotoStart(page);
  await assertLanguage(page, 'ru');
  assert.deepEqual(downloads, ['/locales/complaint/ru.ftl', '/locales/complaint-later/ru.ftl']);
  // The browser takes brotli, and the server sends the build's .br file; the
  // file is named by its checksum, so the browser may keep it for good.
  const headers = await (await wasm).allHeaders();
  assert.equal(headers['content-encoding'], 'br');
  assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.deepEqual(problems, []);
  await context.close();
});

// The main wasm modules the page downloaded, by part (the pieces that load
// with a page are in pieces.test.js), each checked to be of its part.
function wasmDownloads(page) {
  const downloads = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.slice(1);
    const main = name.match(/^(redress-[a-z]+)-[0-9a-f]+_bg\.wasm$/);
    if (main) downloads.push(main[1]);
    else if (name.endsWith('.wasm') && !name.startsWith(downloads.at(-1))) downloads.push(`stray ${name}`);
  });
  return downloads;
}

test('each part of the app downloads only its own code, and links between the parts work', async () => {
  const { context, page, problems } = await openPage(browser);
  const downloads = wasmDownloads(page);
  await gotoStart(page);
  assert.deepEqual(downloads, ['redress-app']);
  // The header's link to the case look-up loads the case part.
  await page.locator('.site-header__link').click();
  await page.locator('#lookup-reference').waitFor();
  assert.equal(new URL(page.url()).pathname, '/status');
  assert.deepEqual(downloads, ['redress-app', 'redress-case']);
  // The language chosen in one part holds in the other.
  await page.locator('.language-switcher__button[lang="de"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  await page.locator('.site-header__brand').click();
  await page.locator('.provider-list').waitFor();
  await assertLanguage(page, 'de');
  assert.deepEqual(downloads, ['redress-app', 'redress-case', 'redress-app']);
  assert.deepEqual(problems, []);
  await context.close();
});

test("while the app's code downloads, the loading line is already in the customer's language", async () => {
  const { context, page, problems } = await openPage(browser);
  // The code arrives late, as on a slow connection; the messages do not.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${baseUrl}/kijoma/complain?lang=ru`);
  const shell = page.locator('#shell-loading');
  await page.waitForFunction(
    (text) => document.getElementById('shell-loading')?.textContent === text,
    message('ru', 'app', 'page-loading'),
  );
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.equal(await shell.getAttribute('role'), 'status');
  release();
  await page.locator('#field-full-name').waitFor();
  assert.equal(await shell.count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("when the app's code stops with an error, the page says so and a reload brings the answers back", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/kijoma/complain?lang=de`);
  await page.locator('#field-full-name').fill('Jonas Weber');
  // What a panic is in the release build: a WebAssembly trap, uncaught.
  await page.evaluate(() => queueMicrotask(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const alert = page.locator('#app-stopped[role="alert"]');
  await alert.waitFor();
  assert.equal(await alert.locator('p').textContent(), message('de', 'shell', 'app-stopped'));
  const reload = alert.getByRole('button', { name: message('de', 'shell', 'app-stopped-reload') });
  assert.equal(await reload.evaluate((button) => button === document.activeElement), true);
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, ['page error: unreachable']);
  await reload.press('Enter');
  await page.waitForFunction(() => !document.getElementById('app-stopped'));
  assert.equal(await page.locator('#field-full-name').inputValue(), 'Jonas Weber');
  await context.close();
});

test('a browser without navigator.languages still gets the app in its language', async () => {
  const { context, page, problems } = await openPage(browser, { locale: 'de-DE' });
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'languages', { get: () => undefined }));
  await gotoStart(page);
  await assertLanguage(page, 'de');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a browser in a language the portal does not speak gets English', async () => {
  const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
  await gotoStart(page);
  await assertLanguage(page, 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the whole page is reachable with the keyboard: skip link first, then the languages', async () => {
  const { context, page } = await openPage(browser);
  await gotoStart(page, '?lang=en');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await context.close();
});
