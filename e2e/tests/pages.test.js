// Every page and state that needs no case, in all five languages: axe-core
// finds nothing in light and in dark mode, the page is in the right
// language, the header stays one line high on a phone, and screenshots at
// 375 and 1280 pixels, light and dark, are kept for a person to look at.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, languages, launch, openPage, screenshot } from '../lib/browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// [name, path, what to do once the page is there]
const pages = [
  ['provider', '/kijoma', null],
  ['wizard-kind', '/key-systems/complain', null],
  ['wizard-kind-errors', '/key-systems/complain', 'submit'],
  ['wizard-first', '/kontakt-az/complain', null],
  ['status', '/status', null],
  ['status-errors', '/status', 'submit'],
  ['not-found', '/nowhere', null],
];

for (const lang of languages) {
  test(`pages and their error states in ${lang}: no accessibility violations`, async () => {
    const { context, page, problems } = await openPage(browser);
    for (const [name, path, action] of pages) {
      await page.goto(`${baseUrl}${path}?lang=${lang}`);
      await page.locator('h1').waitFor();
      if (action === 'submit') {
        await page.locator('form button[type="submit"]').click();
        await page.locator('.error-summary').waitFor();
      }
      assert.equal(await page.getAttribute('html', 'lang'), lang, name);
      assert.deepEqual(await accessibilityViolations(page), [], `${name} in ${lang}`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await screenshot(page, `${name}-${lang}-1280`);
      await page.setViewportSize({ width: 375, height: 800 });
      await screenshot(page, `${name}-${lang}-375`);
      // The brand, the case look-up and the language menu on one line.
      const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
      assert.ok(header <= 72, `${name} in ${lang}: the header is ${header} px high at 375 px`);
      await page.emulateMedia({ colorScheme: 'dark' });
      assert.deepEqual(await accessibilityViolations(page), [], `${name} in ${lang}, dark`);
      await screenshot(page, `${name}-${lang}-375-dark`);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
