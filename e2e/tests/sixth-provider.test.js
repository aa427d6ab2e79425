// A company added as data alone: e2e/providers/nordwind.toml and its own
// holiday calendar, served by the same build as the five bundled providers
// (cargo xtask test hands the server a policy folder with all six). Its
// customer finds it, files a complaint in one of its two languages,
// answering the question only it asks, follows the case, whose dates count
// on its calendar in its time zone, and escalates it after the company's
// answer, all in the browser.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessibilityViolations, baseUrl, launch, message, openPage, repoRoot, screenshot } from '../lib/browser.js';
import { staff, staffToken } from '../lib/api.js';
import { heading, next, typeInto } from '../lib/person.js';

// The languages the company offers, in its order, as its policy file says.
const policy = readFileSync(join(repoRoot, 'e2e', 'providers', 'nordwind.toml'), 'utf8');
const spoken = JSON.parse(policy.match(/^languages = (\[.*\])$/m)[1]);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a sixth company, added as a file: found, filed against, followed and escalated', async () => {
  const { context, page, problems } = await openPage(browser);
  // Found on the start page by a word of its name.
  await page.goto(`${baseUrl}/?lang=en`);
  await page.locator('#provider-search').click();
  await page.keyboard.type('nordw', { delay: 20 });
  await page.waitForFunction(() => document.querySelectorAll('.provider-card').length === 1);
  const card = await page.locator('.provider-card').innerText();
  assert.ok(card.includes('Deutsch, English'), card); // its languages, each in itself
  await page.getByRole('link', { name: 'Nordwind Energie' }).click();
  // Its page says which languages it prefers to be written to in.
  const prefers = await page.locator('#provider-languages').innerText();
  assert.ok(prefers.includes('Deutsch, English'), prefers);
  await page.locator('a.button--start').click();
  await page.locator('h1').waitFor();
  // On its pages, its two languages head the language menu, in its order.
  const menu = await page.locator('.language-switcher__button').evaluateAll((buttons) => buttons.map((b) => b.lang));
  assert.deepEqual(menu.slice(0, spoken.length), spoken);

  // The question no bundled provider asks: how to be contacted. Left out, it is refused.
  const check = message('en', 'wizard', 'wizard-step-check');
  let asked = false;
  for (let pages = 0; pages < 6 && (await heading(page)) !== check; pages += 1) {
    if (await page.locator('#field-full-name:visible').count()) await typeInto(page, '#field-full-name', 'Ada Lovelace');
    if (await page.locator('#field-email:visible').count()) await typeInto(page, '#field-email', 'ada@example.org');
    if (await page.locator('#field-preferred-contact:visible').count()) {
      asked = true;
      await next(page);
      await page.locator('#field-preferred-contact-error').waitFor();
      // Chosen with the keyboard: into the group, then the second option.
      await page.locator('#field-preferred-contact').focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      assert.ok(await page.locator('#field-preferred-contact-phone').isChecked());
      // By phone, so the phone number is now needed.
      await next(page);
      await page.locator('#field-phone-error').waitFor();
      await typeInto(page, '#field-phone', '+31 20 123 4567');
    }
    if (await page.locator('#field-description:visible').count()) {
      await typeInto(page, '#field-description', 'The meter reading on my bill is wrong.');
    }
    await next(page);
    assert.equal(await page.locator('.error-summary').count(), 0, `errors on ${await heading(page)}`);
  }
  assert.ok(asked, 'the form asked how to be contacted');
  const answers = await page.locator('main').textContent();
  assert.equal(await heading(page), check);
  assert.ok(answers.includes(message('en', 'forms', 'option-preferred-contact-phone')), answers);
  await page.locator('#send').click();
  await page.locator('#reference').waitFor();
  const reference = (await page.locator('#reference').textContent()).trim();
  await page.locator('#case-link').click();

  // Received on Monday 16 November in Amsterdam; Tuesday 17 is a holiday of
  // its own calendar, so two business days end on Thursday 19, not Wednesday 18.
  await page.locator('#milestones').waitFor();
  const acknowledgement = await page.locator('[data-milestone="acknowledgement"] .summary-list__value').innerText();
  assert.ok(acknowledgement.includes('Thursday 19 November 2026'), acknowledgement);

  // The company answers; the customer escalates from the case page.
  await staff(staffToken('nordwind'), `/cases/${reference}/events`, { event: 'responded', message: 'The reading was right.' });
  await page.reload();
  await page.locator('button[data-action="escalated"]').click();
  assert.equal(await page.inputValue('#field-full-name'), 'Ada Lovelace');
  await typeInto(page, '#field-dissatisfaction-reasons', 'The meter shows 1200, the bill 2100.');
  if (!(await page.inputValue('#field-description'))) {
    await typeInto(page, '#field-description', 'The meter reading on my bill is wrong.');
  }
  await page.locator('#escalate-send').click();
  await page.locator('#stage', { hasText: message('en', 'status', 'stage-escalated') }).waitFor();
  const milestones = await page.locator('#milestones [data-milestone]').evaluateAll((rows) => rows.map((r) => r.dataset.milestone));
  assert.ok(milestones.includes('final_response'), milestones.join(' '));
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'case-escalated-nordwind-en-1280');

  // Its other language, German, from the menu: the page follows.
  await page.locator('.language-switcher__button[lang="de"]').click();
  await page.locator('#stage', { hasText: message('de', 'status', 'stage-escalated') }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
