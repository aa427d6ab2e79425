// The journey with the keyboard alone: every field is reached with Tab,
// answered by typing or Space, each page sent with Enter, and the case looked
// up from the status page. Also the status look-up's own errors.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, launch, message, openPage } from '../lib/browser.js';
import { heading } from '../lib/person.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Presses Tab until `selector` has the focus; fails if it is never reached.
async function tabTo(page, selector) {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${selector} cannot be reached with Tab`);
}

async function enter(page) {
  const before = await heading(page);
  await page.keyboard.press('Enter');
  // Until the next page's heading is there (a page may still be loading, without one).
  await page.waitForFunction((old) => {
    const h1 = document.querySelector('h1');
    return h1 && h1.textContent.trim() !== old;
  }, before);
}

test('Kijoma with the keyboard alone: wizard, confirmation and the case page', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/kijoma?lang=en`);
  await page.locator('a.button--start').waitFor();
  await tabTo(page, 'a.button--start');
  await enter(page);

  await tabTo(page, '#field-full-name');
  await page.keyboard.type('Grace Hopper');
  await tabTo(page, '#field-customer-type');
  await page.keyboard.press('Space');
  await enter(page);

  await tabTo(page, '#field-email');
  await page.keyboard.type('grace@example.org');
  await enter(page);

  await tabTo(page, '#field-on-behalf');
  await page.keyboard.press('Space');
  // Acting for someone else reveals their name, which is then required.
  await tabTo(page, '#field-represented-name');
  await page.keyboard.type('Ada Lovelace');
  await enter(page);

  await tabTo(page, '#field-account-reference');
  await enter(page);
  await tabTo(page, '#field-description');
  await page.keyboard.type('No connection since Monday.');
  await tabTo(page, 'form button[type="submit"]');
  await enter(page);
  await tabTo(page, '#field-desired-remedy');
  await tabTo(page, 'form button[type="submit"]');
  await enter(page);
  // The file chooser is reachable too; Continue comes after it.
  await tabTo(page, '#field-documents');
  await tabTo(page, 'form button[type="submit"]');
  await enter(page);

  assert.equal(await heading(page), message('en', 'wizard', 'wizard-step-check'));
  await tabTo(page, '#send');
  await page.keyboard.press('Enter');
  await page.locator('#reference').waitFor();
  const reference = (await page.locator('#reference').textContent()).trim();
  const code = (await page.locator('#access-code').textContent()).trim();

  // Look it up from the status page, as someone coming back later would.
  await page.goto(`${baseUrl}/status?lang=en`);
  await page.locator('#lookup-reference').waitFor();
  await tabTo(page, '#lookup-reference');
  await page.keyboard.type(reference.toLowerCase());
  await tabTo(page, '#lookup-code');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.locator('#milestones').waitFor();
  assert.ok((await page.locator('#answers').textContent()).includes('Ada Lovelace'));
  // Once the case is open, the tab forgets what the look-up form held.
  assert.deepEqual(await keptLookup(page), {});
  assert.deepEqual(problems, []);
  await context.close();
});

/** What the tab keeps of the look-up form, by field. */
async function keptLookup(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(sessionStorage).filter((key) => key.startsWith('redress-lookup-'))
      .map((key) => [key, sessionStorage.getItem(key)])));
}

test('the status look-up names what is missing, and a wrong code finds nothing', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status?lang=fr`);
  await page.locator('#lookup-reference').waitFor();
  await page.locator('form button[type="submit"]').click();
  await page.locator('.error-summary').waitFor();
  const summary = await page.locator('.error-summary').textContent();
  assert.ok(summary.includes(message('fr', 'status', 'status-error-reference')));
  assert.ok(summary.includes(message('fr', 'status', 'status-error-code')));
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.fill('#lookup-reference', 'RD-NOPE0-NOPE0');
  await page.fill('#lookup-code', 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
  await page.locator('form button[type="submit"]').click();
  await page.locator('h1', { hasText: message('fr', 'status', 'case-not-found-title') }).waitFor();
  assert.ok(!page.url().includes('AAAAA?'), 'the code stays in the fragment');
  assert.ok(page.url().includes('#AAAAA'));
  assert.deepEqual(await accessibilityViolations(page), []);

  // Back to the form to mend a typo: what was typed is still there, also
  // after a reload and a change of language.
  await page.locator('a', { hasText: message('fr', 'status', 'case-try-again') }).click();
  await page.locator('#lookup-reference').waitFor();
  assert.equal(await page.inputValue('#lookup-reference'), 'RD-NOPE0-NOPE0');
  await page.fill('#lookup-reference', 'RD-NOPE1-NOPE1');
  await page.reload();
  await page.locator('#lookup-reference').waitFor();
  await page.locator('.language-switcher__button[lang="de"]').click();
  await page.locator('h1', { hasText: message('de', 'status', 'status-title') }).waitFor();
  assert.equal(await page.inputValue('#lookup-reference'), 'RD-NOPE1-NOPE1');
  assert.equal(await page.inputValue('#lookup-code'), 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
  // The 404 is an expected answer, not a page error.
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
  await context.close();
});
