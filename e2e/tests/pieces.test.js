// The complaint part is one main download and pieces that load when their
// page is first shown (src/components/lazy_page.rs, tools/wasm-split/). The
// first page of the wizard must work with the main download alone, which is
// what the size budget counts; a piece that cannot be downloaded must say so
// and let the customer try again, losing nothing. The same holds for the
// messages: the later pages' come with the first of them.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, launch, message, openPage } from '../lib/browser.js';

// The complaint part's pieces, not its main module or the pieces' loader.
const pieces = /\/redress-app-(?!split-)[a-z_0-9]+-[0-9]+\.wasm$/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The code the page downloaded, in order: `redress-app` for the main module,
// `redress-app piece` for each piece (their numbering is the build's).
function codeDownloads(page) {
  const downloads = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.slice(1);
    if (/^redress-app-[0-9]+(_bg\.wasm|\.js)$/.test(name)) downloads.push(`redress-app ${name.endsWith('.js') ? 'js' : 'wasm'}`);
    else if (/^redress-app-split-[0-9]+\.js$/.test(name)) downloads.push('redress-app loader');
    else if (name.startsWith('redress-app-') && name.endsWith('.wasm')) downloads.push('redress-app piece');
    else if (name.startsWith('locales/')) downloads.push(name);
  });
  return downloads;
}

test('the first wizard page works with the main download alone; the later pages bring their pieces', async () => {
  const { context, page, problems } = await openPage(browser);
  const downloads = codeDownloads(page);
  await page.goto(`${baseUrl}/kijoma/complain?lang=en`);
  await page.locator('#field-full-name').fill('Ada Lovelace');
  // The messages of the later pages (locales/parts.txt, after `|`) are not among them.
  assert.deepEqual(
    downloads.sort(),
    ['locales/complaint/en.ftl', 'redress-app js', 'redress-app loader', 'redress-app wasm'],
  );
  await page.getByRole('button', { name: message('en', 'app', 'app-continue') }).click();
  await page.locator('#field-email').waitFor();
  // Back to the provider's page, which the link from a company skipped: its piece now.
  await page.goBack();
  await page.locator('.back-link').click();
  await page.locator('h1', { hasText: 'Kijoma Broadband' }).waitFor();
  assert.ok(downloads.includes('redress-app piece'));
  assert.ok(downloads.includes('locales/complaint-later/en.ftl'), downloads.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});

test('once the first page is answered, every piece is fetched ahead, and a later page shows offline', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/kijoma/complain?lang=en`);
  const listed = (await page.locator('script[data-wasm]').getAttribute('data-pieces')).split(' ');
  assert.ok(listed.length > 1 && listed.every((path) => pieces.test(path)), listed.join(' '));
  const fetched = new Set();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (listed.includes(path)) fetched.add(path);
  });
  // Looking at the form fetches nothing ahead; answering its first page does.
  await page.locator('#field-full-name').fill('Ada Lovelace');
  await page.waitForLoadState('networkidle');
  assert.equal(fetched.size, 0);
  await page.getByRole('button', { name: message('en', 'app', 'app-continue') }).click();
  await page.locator('#field-email').waitFor();
  for (let waited = 0; fetched.size < listed.length && waited < 10_000; waited += 100) await page.waitForTimeout(100);
  assert.equal(fetched.size, listed.length);
  // The connection drops: the provider's page, a piece, comes from the browser's cache.
  await context.setOffline(true);
  await page.goBack();
  await page.locator('.back-link').click();
  await page.locator('h1', { hasText: 'Kijoma Broadband' }).waitFor();
  assert.equal(await page.locator('[role="alert"]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the written authorization, whose upload is a piece, uploads on the page that asks for it', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/modmount/complain?lang=de`);
  await page.check('input[name="kind"][value="complaint"]');
  const pages = [['#field-full-name', 'Jonas Weber'], ['#field-email', 'jonas@example.de']];
  for (const [field, answer] of pages) {
    await page.locator('form button[type="submit"]').click();
    await page.locator(field).fill(answer);
  }
  // The upload's piece is slow to arrive: the page is there, and its place says it is loading.
  await page.route(pieces, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.locator('form button[type="submit"]').click();
  await page.locator('#field-on-behalf').check();
  await page.locator('form [role="status"]', { hasText: message('de', 'app', 'part-loading') }).waitFor();
  assert.equal(await page.locator('h1').count(), 1);
  await page.locator('#field-represented-name').fill('Marie Weber');
  const pdf = { name: 'vollmacht.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
  await page.locator('#field-authorization').setInputFiles(pdf);
  await page.locator('.upload-list__item', { hasText: 'vollmacht.pdf' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page whose code cannot be downloaded says so, and trying again shows it with the answers kept', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${baseUrl}/kijoma/complain?lang=fr`);
  await page.locator('#field-full-name').fill('Ada Lovelace');
  // The provider's page is the back link's target; its piece fails to arrive.
  await page.route(pieces, (route) => route.abort());
  await page.locator('.back-link').click();
  await page.locator('h1', { hasText: message('fr', 'app', 'page-not-loaded-title') }).waitFor();
  assert.equal(await page.locator('[role="alert"]').textContent(), message('fr', 'app', 'page-not-loaded-body'));
  assert.match(await page.title(), new RegExp(message('fr', 'app', 'page-not-loaded-title')));
  assert.deepEqual(await accessibilityViolations(page), []);
  // The connection is back: the same button shows the page.
  await page.unroute(pieces);
  await page.getByRole('button', { name: message('fr', 'app', 'page-not-loaded-retry') }).click();
  await page.locator('h1', { hasText: 'Kijoma Broadband' }).waitFor();
  // Nothing typed was lost.
  await page.goto(`${baseUrl}/kijoma/complain?lang=fr`);
  assert.equal(await page.locator('#field-full-name').inputValue(), 'Ada Lovelace');
  await context.close();
});
