// A customer's whole journey through the wizard against `redress serve` on a
// fresh SQLite database: validation errors, "check your answers", sending,
// the confirmation, the case page, and a staff event showing up there.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  accessibilityViolations, baseUrl, launch, message, openPage, screenshot,
} from '../lib/browser.js';

const xss = '"><img src=x onerror=alert(1)><details open ontoggle=alert(2)>javascript:alert(3)';
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A staff member of `provider` records `event` on a case, through the API.
async function staffEvent(provider, reference, event) {
  const token = execFileSync(process.env.REDRESS_BIN, ['staff', 'token', 'create', '--provider', provider, '--name', 'Sam Jones'], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
  }).toString().trim();
  const response = await fetch(`${baseUrl}/api/staff/cases/${reference}/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event }),
  });
  assert.equal(response.status, 200, await response.text());
}

async function heading(page) {
  return (await page.locator('h1').textContent()).trim();
}

async function next(page) {
  await page.locator('form button[type="submit"]').click();
}

test('Kijoma in English: errors, check answers, send, confirmation, case page, staff event', async () => {
  const { context, page, problems } = await openPage(browser);
  let dialogs = 0;
  page.on('dialog', async (dialog) => { dialogs += 1; await dialog.dismiss(); });
  await page.goto(`${baseUrl}/kijoma?lang=en`);
  await page.locator('a.button--start').click();
  await page.locator('h1').waitFor();
  assert.equal(await heading(page), message('en', 'wizard', 'wizard-step-about-you'));

  // Nothing entered: the error summary, the field's message, and "Error:" in the title.
  await next(page);
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.match(await summary.textContent(), new RegExp(message('en', 'errors', 'error-required-full-name')));
  assert.ok((await page.title()).startsWith(message('en', 'app', 'app-error-prefix')));
  assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'wizard-errors-en-1280');
  await page.fill('#field-full-name', `Ada ${xss}`);
  await page.check('#field-customer-type');
  await next(page);

  // A bad email address is refused with its own message.
  await page.locator('#field-email').waitFor();
  await page.fill('#field-email', 'not-an-email');
  await next(page);
  await summary.waitFor();
  assert.match(await summary.textContent(), /correct format/);
  await page.fill('#field-email', 'ada@example.org');
  await next(page);

  // Someone else, the account and the rest: fill what is asked, with markup in every text.
  await page.locator('#field-on-behalf').waitFor();
  await next(page);
  await page.locator('#field-account-reference').waitFor();
  await page.fill('#field-account-reference', `KB-1 ${xss}`);
  await next(page);
  await page.locator('#field-description').waitFor();
  await page.fill('#field-description', `The line drops every evening. ${xss}`);
  await next(page);

  // A reload mid-wizard keeps every answer.
  await page.locator('#field-desired-remedy').waitFor();
  await page.fill('#field-desired-remedy', `A refund ${xss}`);
  await page.reload();
  await page.locator('#field-desired-remedy').waitFor();
  assert.equal(await page.inputValue('#field-desired-remedy'), `A refund ${xss}`);
  await next(page);
  await page.locator('#field-documents').waitFor();
  await next(page);

  // Check your answers: the markup is shown as text.
  await page.locator('.summary-list').first().waitFor();
  assert.equal(await heading(page), message('en', 'wizard', 'wizard-step-check'));
  const answers = await page.locator('main').textContent();
  assert.ok(answers.includes(`The line drops every evening. ${xss}`));
  assert.equal(await page.locator('main img').count(), 0);
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'wizard-check-en-1280');
  await page.locator('#send').click();

  // The confirmation: reference, access code, and the link to the case.
  await page.locator('#reference').waitFor();
  const reference = (await page.locator('#reference').textContent()).trim();
  const code = (await page.locator('#access-code').textContent()).trim();
  assert.match(reference, /^RD-/);
  assert.equal(code.replaceAll('-', '').length >= 20, true);
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'sent-en-1280');
  await page.locator('#case-link').click();

  // The case page: stage, milestones, and the code only in the fragment.
  await page.locator('#milestones').waitFor();
  assert.ok(!page.url().includes('?'));
  const milestones = await page.locator('#milestones [data-milestone]').evaluateAll((rows) => rows.map((r) => r.dataset.milestone));
  assert.deepEqual(milestones, ['substantive_response', 'adr_eligible']);
  assert.equal((await page.locator('#stage').textContent()).trim(), message('en', 'status', 'stage-received'));
  assert.ok((await page.locator('main').textContent()).includes('CISAS'));
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'case-en-1280');

  // Staff acknowledge the complaint; the customer sees it on reload.
  await staffEvent('kijoma', reference, 'acknowledged');
  await page.reload();
  await page.locator('#history').waitFor();
  assert.ok((await page.locator('#history').textContent()).includes(message('en', 'status', 'event-acknowledged')));
  assert.equal((await page.locator('#stage').textContent()).trim(), message('en', 'status', 'stage-acknowledged'));

  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});
