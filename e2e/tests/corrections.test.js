// What a first-time customer does that the journeys do not: types key by
// key and corrects a mistake after the page has complained, double-clicks,
// changes language halfway through a form, uses "Change" on the check page,
// goes back from the confirmation, withdraws a case and asks for a
// manager's review, and types a reference and code back the way people do.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, languages, launch, message, now, openPage, screenshot } from '../lib/browser.js';
import { caseOf, fileCase, staff, staffToken } from '../lib/api.js';
import { answerPages, heading, next, typeInto } from '../lib/person.js';

const pdf = { name: 'bill.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Answers Kijoma's wizard up to "Check your answers", typing each answer,
// from the company's page.
async function kijomaToCheck(page, lang) {
  await page.goto(`${baseUrl}/kijoma?lang=${lang}`);
  await page.locator('a.button--start').click();
  await page.locator('#field-full-name').waitFor();
  await typeInto(page, '#field-full-name', 'Ada Lovelace');
  await next(page);
  await typeInto(page, '#field-email', 'ada@example.org');
  await next(page);
  const checkPage = message(lang, 'wizard', 'wizard-step-check');
  const answers = { '#field-description': 'The line drops every evening.', '#field-desired-remedy': 'Fix the line' };
  await answerPages(page, answers, async () => (await heading(page)) === checkPage);
  assert.equal(await heading(page), message(lang, 'wizard', 'wizard-step-check'));
}

const kijomaComplaint = {
  kind: 'complaint',
  lang: 'en',
  fields: { full_name: 'Ada Lovelace', email: 'ada@example.org', description: 'No service.', desired_remedy: 'A refund' },
};

// One language per width, so both widths and all five languages are typed in.
for (const [index, lang] of languages.entries()) {
  const width = index % 2 ? 375 : 1280;
  test(`in ${lang} at ${width} px, typing after an error stays in the field and the corrected answer is kept`, async () => {
    const { context, page, problems } = await openPage(browser, { width });
    await page.goto(`${baseUrl}/kijoma/complain?lang=${lang}`);
    await page.locator('#field-full-name').waitFor();
    await next(page);
    // Sending the empty page puts the focus on the summary, once.
    assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
    await typeInto(page, '#field-full-name', 'Ada Lovelace');
    assert.equal(await page.inputValue('#field-full-name'), 'Ada Lovelace');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'field-full-name');
    await next(page);
    await typeInto(page, '#field-email', 'bad');
    await next(page);
    await page.locator('#field-email-error').waitFor();
    await page.locator('#field-email').click();
    await page.keyboard.press('End');
    await page.keyboard.type('@example.org');
    assert.equal(await page.inputValue('#field-email'), 'bad@example.org');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'field-email');
    await next(page);
    assert.equal(await page.locator('.error-summary').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('changing language after an upload and on "Check your answers" keeps the page and every answer', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/kijoma/complain?lang=en`);
  await page.locator('#field-full-name').waitFor();
  await typeInto(page, '#field-full-name', 'Ada Lovelace');
  await next(page);
  await typeInto(page, '#field-email', 'ada@example.org');
  await next(page);
  const documentsPage = message('en', 'wizard', 'wizard-step-documents');
  const typed = { '#field-description': 'The line drops.', '#field-desired-remedy': 'Fix it' };
  await answerPages(page, typed, async () => (await heading(page)) === documentsPage);
  // The page's upload arrives as a piece of its own.
  await page.locator('#field-documents').setInputFiles(pdf);
  await page.locator('.upload-list__item').waitFor();
  await page.locator('.language-switcher__button[lang="ru"]').click();
  await page.locator('h1', { hasText: message('ru', 'wizard', 'wizard-step-documents') }).waitFor();
  assert.ok((await page.locator('.upload-list').textContent()).includes('bill.pdf'));
  await next(page);
  assert.equal(await heading(page), message('ru', 'wizard', 'wizard-step-check'));
  // At a phone's width the languages are behind one button.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator('.language-switcher__toggle').click();
  await page.locator('.language-switcher__button[lang="az"]').click();
  await page.locator('h1', { hasText: message('az', 'wizard', 'wizard-step-check') }).waitFor();
  const answers = await page.locator('main').textContent();
  for (const answer of ['Ada Lovelace', 'ada@example.org', 'The line drops.', 'Fix it', 'bill.pdf']) {
    assert.ok(answers.includes(answer), `${answer} is still there`);
  }
  assert.equal(await page.locator('.app-stopped').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Change" on the check page comes back to it, and Back from the confirmation leaves the form in one press', async () => {
  const { context, page, problems } = await openPage(browser);
  await kijomaToCheck(page, 'en');
  await page.locator('.summary-list__actions a').first().click();
  await page.locator('#field-full-name').waitFor();
  await page.locator('#field-full-name').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' King');
  await next(page);
  // Straight back to the check page, not on through the rest of the form.
  assert.equal(await heading(page), message('en', 'wizard', 'wizard-step-check'));
  assert.ok((await page.locator('main').textContent()).includes('Ada Lovelace King'));
  // A double click on "Send" files one complaint.
  await page.locator('#send').dblclick();
  await page.locator('#reference').waitFor();
  const reference = (await page.locator('#reference').textContent()).trim();
  assert.match(reference, /^RD-/);
  // Not an empty form that invites a second complaint, nor every page of
  // the form again: the company's page the customer started from.
  await page.goBack();
  await page.locator('a.button--start').waitFor();
  assert.equal(await heading(page), message('en', 'start', 'provider-title').replace('{ $provider }', 'Kijoma Broadband'));
  // Forward again: the confirmation, not an empty form.
  await page.goForward();
  await page.locator('#reference').waitFor();
  assert.equal(await heading(page), message('en', 'sent', 'sent-title'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('withdrawing is a page of its own: a double click withdraws nothing, cancel keeps the case, and the button withdraws it once', async () => {
  const receipt = await fileCase('kijoma', kijomaComplaint);
  const { context, page, problems } = await openPage(browser, { width: 375 });
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=en#${receipt.access_code}`);
  const link = page.locator('#actions a[data-action="withdrawn"]');
  await link.waitFor();
  // It comes last among the case's actions.
  assert.equal(await page.locator('#actions > *:last-child a[data-action="withdrawn"]').count(), 1);
  await link.dblclick();
  await page.locator('#withdraw').waitFor();
  assert.equal(await heading(page), message('en', 'status', 'withdraw-title'));
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'withdraw-en-375');
  assert.equal((await caseOf(receipt)).stage, 'received', 'a double click on the link withdraws nothing');
  await page.locator('#withdraw-back').click();
  await page.locator('#milestones').waitFor();
  assert.equal((await caseOf(receipt)).stage, 'received');
  await link.click();
  await page.locator('#withdraw').dblclick();
  await page.locator('#stage', { hasText: message('en', 'status', 'stage-withdrawn') }).waitFor();
  const events = (await caseOf(receipt)).events.filter((e) => e.kind === 'withdrawn');
  assert.equal(events.length, 1);
  // A withdrawn case never opens to the ombudsman, so the page does not say
  // "not yet", nor that the scheme does not take this customer.
  assert.equal(await page.locator('#adr-title').count(), 0);
  assert.equal(await page.locator('#adr-not-for-you').count(), 0);
  assert.equal(await page.locator('#actions').count(), 0);
  assert.equal((await page.locator('#withdrawn').textContent()).trim(), message('en', 'status', 'event-withdrawn'));
  // Back does not return to a question already answered.
  await page.goBack();
  await page.locator('#milestones').waitFor();
  assert.ok(!page.url().includes('/withdraw'), page.url());
  assert.deepEqual(problems, []);
  await context.close();
});

test('a manager\'s review is offered once the company has answered, and says what it does before it is sent', async () => {
  const receipt = await fileCase('kijoma', kijomaComplaint);
  const { context, page, problems } = await openPage(browser);
  const casePage = `${baseUrl}/status/${receipt.reference}?lang=en#${receipt.access_code}`;
  await page.goto(casePage);
  await page.locator('#milestones').waitFor();
  assert.equal(await page.locator('button[data-action="manager_review_requested"]').count(), 0, 'not before the company has had a chance');
  await staff(staffToken('kijoma'), `/cases/${receipt.reference}/events`, { event: 'responded', message: 'We reset the line.' });
  await page.reload();
  const ask = page.locator('button[data-action="manager_review_requested"]');
  await ask.waitFor();
  const panel = page.locator('#request-manager_review_requested');
  assert.ok(await panel.isHidden());
  await ask.click();
  assert.equal(await ask.getAttribute('aria-expanded'), 'true');
  assert.ok((await panel.textContent()).includes('Kijoma Broadband'));
  assert.deepEqual(await accessibilityViolations(page), []);
  await panel.locator('button[data-send="manager_review_requested"]').click();
  await page.locator('#stage', { hasText: message('en', 'status', 'stage-manager-review') }).waitFor();
  assert.equal((await caseOf(receipt)).stage, 'manager_review');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a case is found with its reference typed in lower case without hyphens and its code in spaced groups', async () => {
  const receipt = await fileCase('kijoma', kijomaComplaint);
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status?lang=en`);
  await page.locator('#lookup-reference').waitFor();
  await typeInto(page, '#lookup-reference', receipt.reference.replaceAll('-', '').toLowerCase());
  const code = receipt.access_code.replaceAll('-', ' ').replaceAll('0', 'O').toLowerCase();
  await typeInto(page, '#lookup-code', code);
  await page.keyboard.press('Enter');
  await page.locator('#milestones').waitFor();
  assert.ok((await heading(page)).includes(receipt.reference));
  // The reference in the heading is never broken across lines.
  await page.setViewportSize({ width: 375, height: 800 });
  const lines = await page.locator('h1 .nowrap').evaluate((span) => span.getClientRects().length);
  assert.equal(lines, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Modmount enquiry is called an enquiry from the check page to the case page, and its form asks what its step says', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/modmount/complain?lang=de`);
  await page.locator('input[name="kind"][value="inquiry"]').check();
  await next(page);
  const answers = { '#field-full-name': 'Ada Lovelace', '#field-email': 'ada@example.org', '#field-description': 'Frage zum Konto' };
  await answerPages(page, answers, async () => (await page.locator('#send').count()) > 0);
  assert.equal(await heading(page), message('de', 'wizard', 'wizard-step-check', 'inquiry'));
  assert.equal((await page.locator('#send').textContent()).trim(), message('de', 'wizard', 'wizard-send', 'inquiry'));
  await page.locator('#send').click();
  await page.locator('#reference').waitFor();
  assert.equal(await heading(page), message('de', 'sent', 'sent-title', 'inquiry'));
  assert.equal((await page.locator('#case-link').textContent()).trim(), message('de', 'sent', 'sent-case-link', 'inquiry'));
  // Modmount's policy offers escalating to a complaint, not a manager.
  assert.ok((await page.locator('main').textContent()).includes(message('de', 'sent', 'sent-escalate-body', 'escalate')));
  const body = await page.locator('main').textContent();
  // An email address was given: the receipt is on its way by email too.
  for (const id of ['sent-access-body-emailed', 'sent-next-body']) {
    const complaint = message('de', 'sent', id).replace('{ $provider }', 'Modmount');
    const enquiry = message('de', 'sent', id, 'inquiry').replace('{ $provider }', 'Modmount');
    assert.ok(!body.includes(complaint) && body.includes(enquiry), `${id} speaks of an enquiry`);
  }
  // Modmount's policy gives no address or number: none is listed empty.
  assert.equal(await page.locator('#no-channels').count(), 1);
  await page.locator('#case-link').click();
  await page.locator('#milestones').waitFor();
  assert.ok((await heading(page)).startsWith(message('de', 'status', 'case-title', 'inquiry').replace('{ $reference }', '').trim()));
  assert.ok((await page.locator('#history').textContent()).includes(message('de', 'status', 'event-received', 'inquiry')));
  // Its next step is a formal complaint, and says so.
  const escalate = page.locator('button[data-action="escalated"]');
  await escalate.waitFor();
  assert.equal((await escalate.textContent()).trim(), message('de', 'status', 'action-escalated', 'inquiry'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('each provider\'s pages name only what its policy offers, and headings fit their questions', async () => {
  const { context, page, problems } = await openPage(browser);
  // Kontakt names a call-back and a chat without saying where: neither is listed.
  await page.goto(`${baseUrl}/kontakt-az?lang=en`);
  await page.locator('.channel-list').waitFor();
  const channels = await page.locator('.channel-list').textContent();
  assert.ok(!channels.includes(message('en', 'providers', 'channel-callback')));
  assert.ok(!channels.includes(message('en', 'providers', 'channel-live-chat')));
  assert.ok(channels.includes('*6060'));
  // Kite Mobi's website is a link.
  await page.goto(`${baseUrl}/kite-mobi?lang=en`);
  await page.locator('.channel-list a[href="https://www.kite.mobi"]').waitFor();
  // Kontakt asks for the employee with what happened, not under "Your account".
  await page.goto(`${baseUrl}/kontakt-az/complain?lang=en`);
  for (const [id, text] of [['#field-surname', 'Məmmədova'], ['#field-first-name', 'Leyla'], ['#field-patronymic', 'Əli qızı']]) {
    await typeInto(page, id, text);
  }
  await next(page);
  await typeInto(page, '#field-email', 'leyla@example.org');
  await next(page);
  assert.equal(await heading(page), message('en', 'wizard', 'wizard-step-what-happened'));
  assert.equal(await page.locator('#field-employee-name').count(), 1);
  // Key-Systems' escalated complaint asks about the earlier complaint on a page of that name.
  await page.goto(`${baseUrl}/key-systems/complain?lang=en`);
  await page.locator('input[name="kind"][value="escalated_complaint"]').check();
  await next(page);
  const answers = {
    '#field-full-name': 'Ada Lovelace',
    '#field-email': 'ada@example.org',
    '#field-account-reference': 'KS-1',
    '#field-domain-names': 'example.org',
  };
  await answerPages(page, answers, async () => (await page.locator('#field-previous-complaint').count()) > 0);
  assert.equal(await heading(page), message('en', 'wizard', 'wizard-step-earlier'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a box that must be ticked says what to tick, and "upload at least one" goes once a document is there', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/modmount/complain?lang=en`);
  await page.locator('input[name="kind"][value="complaint"]').check();
  await next(page);
  for (let pages = 0; pages < 10 && !(await page.locator('#field-documents').count()); pages += 1) {
    for (const [id, text] of [['#field-full-name', 'Ada Lovelace'], ['#field-email', 'ada@example.org'], ['#field-account-reference', 'MM-1'], ['#field-description', 'Wrong fees.'], ['#field-desired-remedy', 'A refund'], ['#field-subject', 'Fees']]) {
      if (await page.locator(`${id}:visible`).count() && !(await page.inputValue(id))) await typeInto(page, id, text);
    }
    if (await page.locator('#field-agreement-scope:visible').count()) await page.locator('#field-agreement-scope').check();
    // A date field takes its value from the browser's date picker.
    const recently = new Date(now.getTime() - 10 * 86_400_000).toISOString().slice(0, 10);
    if (await page.locator('#field-incident-date:visible').count()) await page.fill('#field-incident-date', recently);
    await next(page);
  }
  await next(page);
  const documentsError = page.locator('#field-documents-error');
  await documentsError.waitFor();
  await page.locator('#field-documents').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  // The required-documents message and the refused file's each on a line of their own.
  await page.locator('#field-documents-error .error-message__line >> nth=1').waitFor();
  await page.locator('#field-documents').setInputFiles(pdf);
  await page.locator('.upload-list__item').waitFor();
  const remaining = await documentsError.count() ? await documentsError.textContent() : '';
  assert.ok(!remaining.includes(message('en', 'errors', 'error-documents-required')), remaining);
  await next(page);
  assert.equal(await heading(page), message('en', 'wizard', 'wizard-step-check'));
  await page.locator('#send').click();
  await page.locator('#field-declaration-error').waitFor();
  assert.ok((await page.locator('#field-declaration-error').textContent()).includes(message('en', 'errors', 'error-required-declaration')));
  assert.deepEqual(problems.filter((p) => !p.includes('415')), []);
  await context.close();
});

test('each date on the case page says what it is for, and Azerbaijani dates spell the month', async () => {
  const receipt = await fileCase('kijoma', kijomaComplaint);
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=az#${receipt.access_code}`);
  await page.locator('#milestones').waitFor();
  const months = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
  for (const date of await page.locator('#milestones .summary-list__value').allTextContents()) {
    assert.match(date.trim(), new RegExp(`^\\d{1,2} (${months.join('|')}) \\d{4}$`), date);
  }
  // The full reply is something the company must do; the ombudsman opens for the customer.
  const state = (name) => page.locator(`[data-milestone="${name}"] .summary-list__actions`).textContent();
  const opens = message('az', 'status', 'case-opens-in-days').split('{ $days }');
  assert.ok((await state('adr_eligible')).includes(opens[opens.length - 1].trim()), await state('adr_eligible'));
  const due = message('az', 'status', 'case-due-in-days').split('{ $days }');
  assert.ok((await state('substantive_response')).includes(due[due.length - 1].trim()), await state('substantive_response'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('at a phone\'s width the language menu opens from one button, closes with Escape and after a choice', async () => {
  const { context, page, problems } = await openPage(browser, { width: 375 });
  await page.goto(`${baseUrl}/kijoma/complain?lang=en`);
  await page.locator('#field-full-name').waitFor();
  const toggle = page.locator('.language-switcher__toggle');
  const list = page.locator('#language-list');
  assert.ok(await list.isHidden());
  await toggle.click();
  assert.ok(await list.isVisible());
  await page.keyboard.press('Escape');
  assert.ok(await list.isHidden());
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'language-switcher__toggle');
  // Open with the keyboard, choose a language: the menu closes, the page changes.
  await page.keyboard.press('Enter');
  assert.ok(await list.isVisible());
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('html[lang="fr"]').waitFor();
  assert.ok(await list.isHidden());
  assert.equal(await heading(page), message('fr', 'wizard', 'wizard-step-about-you'));
  assert.deepEqual(problems, []);
  await context.close();
});
