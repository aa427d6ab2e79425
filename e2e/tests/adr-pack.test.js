// The ombudsman pack: once the scheme is open (here, after the company's
// deadlock letter), the case page says that the page itself, printed or
// saved as a PDF, holds everything the scheme asks for, and offers the
// print dialog; printed, it keeps the dates, the complaint and remedy, the
// company's answers and the documents, without the page's controls.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, launch, message, openPage, screenshot } from '../lib/browser.js';
import { fileCase, staff, staffToken } from '../lib/api.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('after a deadlock letter the case page is the pack CISAS asks for, printed or saved', async () => {
  const receipt = await fileCase('kijoma', {
    kind: 'complaint',
    lang: 'en',
    fields: { full_name: 'Ada Lovelace', email: 'pack@example.org', description: 'No service for a month.', desired_remedy: 'A month refunded' },
  });
  const token = staffToken('kijoma');
  for (const [event, text] of [['responded', 'An engineer will call.'], ['deadlock_letter_issued', 'We cannot agree.']]) {
    await staff(token, `/cases/${receipt.reference}/events`, { event, message: text });
  }
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status/${receipt.reference}#${receipt.access_code}`);
  await page.locator('#adr-pack').waitFor();
  assert.equal(
    await page.locator('#adr-pack').textContent(),
    message('en', 'status', 'case-adr-pack').replace('{ $scheme }', 'CISAS'),
  );
  // The scheme opened with the deadlock letter, today: the row says so,
  // not the day it would have opened at eight weeks.
  const opened = await page.locator('[data-milestone="adr_eligible"] .summary-list__value').textContent();
  assert.ok(opened.includes('16 November 2026'), opened);
  assert.deepEqual(await accessibilityViolations(page), []);
  // The button opens the browser's print dialog.
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.locator('.adr-card button').click();
  assert.equal(await page.evaluate(() => window.printed), true);

  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'adr-pack-print');
  for (const shown of ['#milestones', '#answers', '#history', '.adr-card']) {
    assert.ok(await page.locator(shown).isVisible(), `${shown} is printed`);
  }
  for (const hidden of ['#actions', '#adr-pack', '.adr-card button']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is not printed`);
  }
  const printed = await page.locator('main').innerText();
  for (const expected of ['No service for a month.', 'A month refunded', 'We cannot agree.', 'An engineer will call.']) {
    assert.ok(printed.includes(expected), expected);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
