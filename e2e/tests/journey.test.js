// A customer's whole journey through the wizard against `redress serve` on a
// fresh SQLite database, once per provider, each in another language:
// validation errors for a missing answer and a bad email corrected by typing,
// markup typed key by key into every text field and shown as text, a reload mid-wizard that keeps every answer,
// sending, the confirmation, the case page with its milestones, and a staff
// event (through the API) showing up there. Then the network fails mid-send.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accessibilityViolations, baseUrl, launch, message, openPage, screenshot,
} from '../lib/browser.js';
import { fileCase, staff, staffToken } from '../lib/api.js';
import { heading, next, typeInto } from '../lib/person.js';

// Stored cross-site scripting payloads, typed into every text field.
const xss = '"><img src=x onerror=alert(1)><details open ontoggle=alert(2)>javascript:alert(3)';
// The smallest PDF the server's content check accepts.
// Its name is a payload too: the check page and the case page show it as text.
const pdf = { name: 'bill<img src=x onerror=alert(4)>.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

// `next`: the step the confirmation names, one the provider's policy offers.
const journeys = [
  { provider: 'kijoma', lang: 'en', milestones: ['substantive_response', 'adr_eligible'], adr: 'CISAS', award: 'up to £10,000', next: 'manager' },
  { provider: 'kite-mobi', lang: 'fr', milestones: ['resolution', 'adr_eligible'], adr: 'Ombudsman Services', adrAddressLines: 4, next: 'manager' },
  { provider: 'modmount', lang: 'de', kind: 'complaint', milestones: ['acknowledgement', 'remedy_proposal', 'considered_closed'], next: 'escalate' },
  { provider: 'key-systems', lang: 'ru', kind: 'complaint', milestones: ['acknowledgement', 'response', 'escalation_window_closes'], next: 'escalate' },
  { provider: 'kontakt-az', lang: 'az', milestones: ['acknowledgement', 'resolution'], next: 'none' },
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Answers every question on the page the way a careful customer would:
// typed, except dates, which come from the browser's date picker.
async function fillPage(page) {
  const texts = {
    'field-full-name': `Ada Lovelace ${xss}`,
    'field-surname': `Məmmədova ${xss}`,
    'field-first-name': 'Leyla',
    'field-patronymic': 'Əli qızı',
    'field-phone': '+44 7700 900 982',
    'field-account-reference': 'ACC-1',
    'field-domain-names': 'example.org\nexample.net',
    'field-employee-name': `Rauf ${xss}`,
    'field-description': `The service stopped working. ${xss}`,
    'field-desired-remedy': `A refund ${xss}`,
    'field-incident-date': '2026-11-02',
    'field-first-contact-date': '2026-11-03',
  };
  for (const [id, value] of Object.entries(texts)) {
    const field = page.locator(`#${id}:visible`);
    if (!(await field.count())) continue;
    if (id.endsWith('-date')) await field.fill(value);
    else await typeInto(page, `#${id}`, value);
  }
  for (const id of ['field-customer-type', 'field-abuse-type', 'field-agreement-scope', 'field-declaration']) {
    const box = page.locator(`#${id}:visible`);
    if (await box.count()) await box.check();
  }
  const documents = page.locator('#field-documents');
  if (await documents.count()) {
    await documents.setInputFiles(pdf);
    await page.locator('.upload-list__item').first().waitFor();
    // A document can be taken back, and chosen again.
    await page.locator('.upload-list__item button').first().click();
    await page.locator('.upload-list').waitFor({ state: 'detached' });
    await documents.setInputFiles(pdf);
    await page.locator('.upload-list__item').first().waitFor();
  }
}

for (const journey of journeys) {
  const { provider, lang } = journey;
  test(`${provider} in ${lang}: the whole journey, from the wizard to a staff event on the case page`, async () => {
    const { context, page, problems } = await openPage(browser);
    let dialogs = 0;
    page.on('dialog', async (dialog) => { dialogs += 1; await dialog.dismiss(); });
    await page.goto(`${baseUrl}/${provider}?lang=${lang}`);
    await page.locator('a.button--start').click();
    await page.locator('h1').waitFor();

    if (journey.kind) {
      assert.equal(await heading(page), message(lang, 'wizard', 'wizard-step-kind'));
      await page.check(`input[name="kind"][value="${journey.kind}"]`);
      await next(page);
    }

    // Nothing entered on the first page: the summary, focused, and "Error:" in the title.
    await next(page);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
    assert.ok((await page.title()).startsWith(message(lang, 'app', 'app-error-prefix')));
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `wizard-errors-${provider}-${lang}-1280`);

    const check = message(lang, 'wizard', 'wizard-step-check');
    let reloaded = false;
    for (let pages = 0; pages < 12 && (await heading(page)) !== check; pages += 1) {
      // A bad email address is refused with its own message.
      // It is corrected by typing, with the error still on the page.
      if (await page.locator('#field-email').count()) {
        await typeInto(page, '#field-email', 'ada-example.org');
        await page.locator('form button[type="submit"]').click();
        await page.locator('#field-email-error').waitFor();
        assert.ok((await page.locator('#field-email-error').textContent()).includes(message(lang, 'errors', 'error-invalid-email')));
        await page.locator('#field-email').click();
        for (let keys = 0; keys < 'example.org'.length; keys += 1) await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Backspace');
        await page.keyboard.type('@');
        assert.equal(await page.inputValue('#field-email'), 'ada@example.org');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'field-email');
      }
      // Too long a text is refused with the limit written as the language
      // writes numbers (Intl; Debian's Chromium has no Azerbaijani data).
      const limits = { en: '10,000', fr: '10 000', de: '10.000', ru: '10 000' };
      if (limits[lang] && await page.locator('#field-description').count()) {
        await page.fill('#field-description', 'x'.repeat(10_001));
        await page.locator('form button[type="submit"]').click();
        await page.locator('#field-description-error').waitFor();
        const error = (await page.locator('#field-description-error').textContent()).replace(/\s/g, ' ');
        assert.ok(error.includes(limits[lang]), `${lang}: ${error}`);
      }
      await fillPage(page);
      // A reload mid-wizard keeps every answer of the page, for every provider.
      const typed = page.locator('main :is(input[type="text"], input[type="email"], input[type="tel"], textarea):visible');
      if (!reloaded && await typed.count()) {
        const before = await typed.evaluateAll((fields) => fields.map((field) => [field.id, field.value]));
        await page.reload();
        await page.locator(`#${before[0][0]}`).waitFor();
        assert.deepEqual(await typed.evaluateAll((fields) => fields.map((field) => [field.id, field.value])), before);
        reloaded = true;
      }
      await next(page);
      assert.equal(await page.locator('.error-summary').count(), 0, `errors on ${await heading(page)}`);
    }
    assert.equal(await heading(page), check);
    assert.ok(reloaded, 'a page with answers was reloaded');
    // A reload keeps every answer of every page: the check page lists the same.
    const listed = await page.locator('main .summary-list').allInnerTexts();
    await page.reload();
    await page.locator('main .summary-list').first().waitFor();
    assert.deepEqual(await page.locator('main .summary-list').allInnerTexts(), listed);

    // Check your answers: every payload shown as text.
    const answers = await page.locator('main').textContent();
    assert.ok(answers.includes(`The service stopped working. ${xss}`));
    assert.equal(await page.locator('main img, main details').count(), 0);
    // A document's size is written as the language writes it (Intl). Debian's
    // Chromium has no Azerbaijani units, so az is left out.
    const units = { en: '1 kB', fr: '1 ko', de: '1 kB', ru: '1 кБ' };
    // Every journey's provider takes documents, and each journey sends one.
    assert.ok(answers.includes(pdf.name), answers);
    if (units[lang]) {
      assert.ok(answers.replace(/\s/g, ' ').includes(`${pdf.name} (${units[lang]})`), `${lang}: ${answers}`);
    }
    await fillPage(page);
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `wizard-check-${provider}-${lang}-1280`);
    await page.locator('#send').click();

    // The confirmation: reference, access code, and the link to the case.
    await page.locator('#reference').waitFor();
    const reference = (await page.locator('#reference').textContent()).trim();
    assert.match(reference, /^RD-/);
    assert.equal((await heading(page)), message(lang, 'sent', 'sent-title'));
    // Where the provider has an ombudsman scheme that takes this customer, the way to it.
    const later = message(lang, 'sent', 'sent-adr-later').split('{ $scheme }')[0];
    assert.equal((await page.locator('main').textContent()).includes(later), Boolean(journey.adr));
    assert.ok((await page.locator('main').textContent()).includes(message(lang, 'sent', 'sent-escalate-body', journey.next)));
    // The copy button puts the reference and the code on the clipboard, and says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const code = (await page.locator('#access-code').textContent()).trim();
    await page.locator('main button', { hasText: message(lang, 'sent', 'sent-copy') }).click();
    await page.locator('[role="status"]', { hasText: message(lang, 'sent', 'sent-copied') }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${reference} ${code}`);
    // A clock counted from the first complaint (Kite Mobi's eight weeks) says from which day.
    const counted = page.locator('[data-milestone="adr_eligible"] .counted-from');
    assert.equal(await counted.count(), provider === 'kite-mobi' ? 1 : 0);
    if (provider === 'kite-mobi') {
      const from = message(lang, 'providers', 'milestone-counted-from', 'customer').split('{ $date }');
      const text = (await counted.textContent()).trim();
      assert.ok(text.startsWith(from[0].trim()) && text.endsWith(from[1]) && text.includes('2026'), text);
    }
    // A printed confirmation says where the case can be checked.
    const printed = page.locator('.print-only');
    assert.ok((await printed.textContent()).includes(`${baseUrl}/status`));
    await page.emulateMedia({ media: 'print' });
    assert.ok(await printed.isVisible());
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await printed.isHidden());
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `sent-${provider}-${lang}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `sent-${provider}-${lang}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#case-link').click();

    // The case page: the code only in the fragment, the stage and the milestones.
    await page.locator('#milestones').waitFor();
    assert.ok(!page.url().includes('?'));
    const milestones = await page.locator('#milestones [data-milestone]').evaluateAll((rows) => rows.map((r) => r.dataset.milestone));
    assert.deepEqual(milestones, journey.milestones);
    // Dates spell the month in every language, Azerbaijani included.
    const dates = await page.locator('#milestones .summary-list__value').allTextContents();
    for (const date of dates.filter(Boolean)) assert.match(date, /\p{L}{3,}/u, `${date} names its month`);
    assert.equal((await page.locator('#stage').textContent()).trim(), message(lang, 'status', 'stage-received'));
    if (journey.adr) {
      assert.ok((await page.locator('main').textContent()).includes(journey.adr));
      // The scheme's limit, where it has one, and that someone may apply for the customer.
      if (journey.award) assert.ok((await page.locator('#adr-award').textContent()).includes(journey.award));
      else assert.equal(await page.locator('#adr-award').count(), 0);
      assert.equal((await page.locator('#adr-representatives').textContent()).trim(), message(lang, 'status', 'case-adr-representatives'));
      // A postal address keeps its lines.
      const addresses = await page.locator('.adr-card .address').allInnerTexts();
      assert.deepEqual(addresses.map((a) => a.split('\n').length), journey.adrAddressLines ? [journey.adrAddressLines] : []);
    }
    // What was sent is shown back as text: no element from the payloads exists.
    assert.ok((await page.locator('#answers').textContent()).includes(`The service stopped working. ${xss}`));
    // The documents sent, by the names they were sent under.
    assert.ok((await page.locator('#documents').textContent()).includes(pdf.name));
    assert.equal(await page.locator('main img, main details').count(), 0);
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `case-${provider}-${lang}-1280`);

    // Staff acknowledge the complaint; the customer sees it on reload.
    await staff(staffToken(provider), `/cases/${reference}/events`, { event: 'acknowledged' });
    await page.reload();
    await page.locator('#history').waitFor();
    assert.ok((await page.locator('#history').textContent()).includes(message(lang, 'status', 'event-acknowledged')));
    assert.equal((await page.locator('#stage').textContent()).trim(), message(lang, 'status', 'stage-acknowledged'));

    assert.equal(dialogs, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the network drops while sending: the page says not sent, and a retry files exactly one complaint', async () => {
  const token = staffToken('kijoma');
  // An address no other test uses: the cases counted are this test's alone,
  // whatever else the database holds.
  const email = `ada.${Date.now()}@example.org`;
  const mine = async () => (await staff(token, `/cases?q=${encodeURIComponent(email)}`)).total;
  assert.equal(await mine(), 0);
  const { context, page } = await openPage(browser);
  await page.goto(`${baseUrl}/kijoma/complain?lang=en`);
  await page.locator('#field-full-name').waitFor();
  for (let pages = 0; pages < 10 && (await heading(page)) !== message('en', 'wizard', 'wizard-step-check'); pages += 1) {
    if (await page.locator('#field-email').count()) await typeInto(page, '#field-email', email);
    await fillPage(page);
    await next(page);
  }
  // The first request reaches the server, but its answer is lost; every retry is cut off too.
  const attempts = [];
  await page.route('**/api/providers/kijoma/cases', async (route) => {
    if (attempts.length === 0) await route.fetch();
    attempts.push(Date.now());
    await route.abort('internetdisconnected');
  });
  await page.locator('#send').click();
  const notSent = page.locator('.notification--error');
  await notSent.waitFor({ timeout: 20000 });
  assert.ok((await notSent.textContent()).includes(message('en', 'wizard', 'wizard-not-sent-title')));
  // The page tried again by itself three times, after 1, 2 and 4 seconds, then said so.
  const gaps = attempts.slice(1).map((at, index) => at - attempts[index]);
  assert.equal(attempts.length, 4, `attempts ${gaps}`);
  for (const [index, wait] of [1000, 2000, 4000].entries()) {
    assert.ok(gaps[index] >= wait - 100 && gaps[index] < wait + 1500, `retry ${index + 1} after ${gaps[index]} ms, not ${wait}`);
  }
  // The answers are still there after a reload, and the retry succeeds once the network is back.
  await page.unroute('**/api/providers/kijoma/cases');
  await page.reload();
  await page.locator('#send').waitFor();
  await page.locator('#send').click();
  await page.locator('#reference').waitFor();
  assert.equal(await mine(), 1, 'exactly one complaint filed');
  await context.close();
});

test('a larger business is told whom the ombudsman takes, and is offered neither it nor an early referral', async () => {
  const receipt = await fileCase('kite-mobi', {
    kind: 'complaint',
    lang: 'fr',
    fields: { full_name: 'Ada Lovelace', email: 'ada@example.org', description: 'No data abroad.', customer_type: 'other_business' },
  });
  assert.ok(!receipt.milestones.some((m) => m.name === 'adr_eligible'));
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=fr#${receipt.access_code}`);
  await page.locator('#milestones').waitFor();
  assert.equal(await page.locator('.adr-card').count(), 0);
  assert.equal(await page.locator('#milestones [data-milestone="adr_eligible"]').count(), 0);
  assert.equal(await page.locator('button[data-action="adr_referral_requested"]').count(), 0);
  const text = await page.locator('#adr-not-for-you').textContent();
  const only = message('fr', 'status', 'case-adr-only-for').replace('{ $scheme }', 'Ombudsman Services: Communications');
  assert.ok(text.startsWith(only), text);
  assert.ok(text.includes(message('fr', 'forms', 'option-customer-type-small-business')), text);
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

// A case filed through the API that the company has answered, the point from
// which a customer can escalate, opened on its case page with the escalation
// form showing.
// What the tab keeps of the case page's forms (src/storage.rs).
async function keptCaseForms(page) {
  return page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('redress-case-form-')));
}

async function escalationForm(provider, submission) {
  const receipt = await fileCase(provider, submission);
  await staff(staffToken(provider), `/cases/${receipt.reference}/events`, { event: 'responded', message: 'We looked into it.' });
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=${submission.lang}#${receipt.access_code}`);
  await page.locator('button[data-action="escalated"]').click();
  return { receipt, context, page, problems };
}

test("Key-Systems: after the company's answer, the customer files the escalated complaint from the case page", async () => {
  const { receipt, context, page, problems } = await escalationForm('key-systems', {
    kind: 'complaint',
    lang: 'de',
    fields: { full_name: 'Ada Lovelace', email: 'ada@example.org', description: 'Transfer stuck for a week.' },
  });
  // The form starts from what the customer already told.
  assert.equal(await page.inputValue('#field-full-name'), 'Ada Lovelace');
  await page.locator('#escalate-send').click();
  await page.locator('.error-summary').first().waitFor();
  assert.ok((await page.locator('#escalation-form').textContent()).includes(message('de', 'errors', 'error-required-previous-complaint')));
  await typeInto(page, '#field-previous-complaint', `${receipt.reference}, answered today`);
  await typeInto(page, '#field-dissatisfaction-reasons', 'The transfer is still stuck.');
  await typeInto(page, '#field-desired-remedy', 'Complete the transfer and refund the fee.');
  // A reload keeps what was typed into the form.
  await page.reload();
  await page.locator('button[data-action="escalated"]').click();
  assert.equal(await page.inputValue('#field-previous-complaint'), `${receipt.reference}, answered today`);
  assert.equal(await page.inputValue('#field-desired-remedy'), 'Complete the transfer and refund the fee.');
  assert.ok((await keptCaseForms(page)).some((key) => key.endsWith('-escalation')));
  await page.locator('#escalate-send').click();
  await page.locator('#stage', { hasText: message('de', 'status', 'stage-escalated') }).waitFor();
  // Once sent, the tab no longer keeps it.
  assert.deepEqual(await keptCaseForms(page), []);
  const milestones = await page.locator('#milestones [data-milestone]').evaluateAll((rows) => rows.map((r) => r.dataset.milestone));
  assert.ok(milestones.includes('final_response'));
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'case-escalated-key-systems-de-1280');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Modmount: the enquiry becomes a complaint on the case page, with the documents a complaint needs', async () => {
  const { receipt, context, page, problems } = await escalationForm('modmount', {
    kind: 'inquiry',
    lang: 'fr',
    fields: { full_name: 'Claire Martin', email: 'claire@example.fr', description: 'Où est mon retrait ?' },
  });
  assert.equal(await page.inputValue('#field-full-name'), 'Claire Martin');
  // The enquiry's reference is known: not asked again, but sent with the complaint.
  assert.equal(await page.locator('#field-inquiry-reference').count(), 0);
  // Nothing was sent with the enquiry, so nothing is said to count.
  assert.equal(await page.locator('#documents-kept').count(), 0);
  await typeInto(page, '#field-account-reference', 'MM-1001');
  await page.fill('#field-incident-date', '2026-11-02');
  await page.check('#field-agreement-scope');
  await page.check('#field-declaration');
  // The authorization is asked only for someone else.
  assert.equal(await page.locator('#field-authorization').isVisible(), false);
  // The enquiry came without documents: the server says the complaint needs them.
  await page.locator('#escalate-send').click();
  await page.locator('#escalation-form .error-summary').waitFor();
  assert.ok((await page.locator('#escalation-form').textContent()).includes(message('fr', 'errors', 'error-documents-required')));
  await page.locator('#field-documents').setInputFiles(pdf);
  await page.locator('#escalation-form .upload-list__item').waitFor();
  await page.locator('#escalate-send').click();
  await page.locator('#history', { hasText: message('fr', 'status', 'event-escalated') }).waitFor();
  const view = await fetch(`${baseUrl}/api/cases/${receipt.reference}`, {
    headers: { authorization: `Bearer ${receipt.access_code}` },
  });
  const escalated = await view.json();
  assert.equal(escalated.kind, 'complaint');
  assert.equal(escalated.answers.inquiry_reference, receipt.reference);
  // What was sent shows the complaint's answers: its date as French writes it, its document by name.
  const sent = await page.locator('#answers').textContent();
  assert.ok(sent.includes('lundi 2 novembre 2026') && !sent.includes('2026-11-02'), sent);
  assert.ok((await page.locator('#documents').textContent()).includes(pdf.name));
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'case-escalated-modmount-fr-1280');
  // The browser logs the server's refusal (422) above; nothing else may appear.
  assert.deepEqual(problems.filter((problem) => !problem.includes('status of 422')), []);
  await context.close();
});

// A Kontakt complaint filed through the API, acknowledged, about which the
// company then asks the customer a question.
async function kontaktAsks(lang, fields, question) {
  const receipt = await fileCase('kontakt-az', { kind: 'complaint', lang, fields });
  const token = staffToken('kontakt-az');
  await staff(token, `/cases/${receipt.reference}/events`, { event: 'acknowledged' });
  await staff(token, `/cases/${receipt.reference}/events`, { event: 'information_requested', message: question });
  return { receipt, token };
}

test('Kontakt asks for information: the customer answers with a message and a document, in Russian', async () => {
  const { receipt, token } = await kontaktAsks('ru', {
    surname: 'Məmmədova', first_name: 'Aygün', patronymic: 'Rəşid qızı', email: 'aygun@example.az',
    employee_name: 'Elvin', description: 'Телевизор не доставили.',
  }, 'Пришлите фото чека.');
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=ru#${receipt.access_code}`);
  const supply = page.locator('button[data-action="information_supplied"]');
  await supply.waitFor();
  // Without a message, the page says what is missing and loses nothing.
  await page.locator('#field-information-documents').setInputFiles(pdf);
  await page.locator('#actions .upload-list__item').waitFor();
  await supply.click();
  await page.locator('#actions .error-summary').waitFor();
  const required = message('ru', 'status', 'case-error-message-required');
  assert.ok((await page.locator('#actions .error-summary').textContent()).includes(required));
  assert.ok((await page.locator('#action-message-error').textContent()).includes(required));
  assert.equal(await page.locator('#actions .upload-list__item').count(), 1);
  assert.deepEqual(await accessibilityViolations(page), []);
  // Too long a message is refused with the limit, and kept whole to be shortened.
  await page.fill('#action-message', 'я'.repeat(5001));
  await supply.click();
  await page.waitForFunction((text) => !document.querySelector('#action-message-error')?.textContent.includes(text), required);
  assert.match(await page.locator('#action-message-error').textContent(), /5\s?000/);
  assert.equal((await page.inputValue('#action-message')).length, 5001);
  await typeInto(page, '#action-message', 'Чек № 12345 во вложении.');
  // A reload keeps the message and the document.
  await page.reload();
  await supply.waitFor();
  assert.equal(await page.inputValue('#action-message'), 'Чек № 12345 во вложении.');
  assert.equal(await page.locator('#actions .upload-list__item').count(), 1);
  assert.ok((await keptCaseForms(page)).some((key) => key.endsWith('-answer')));
  await supply.click();
  await page.locator('#history', { hasText: message('ru', 'status', 'event-information-supplied') }).waitFor();
  assert.deepEqual(await keptCaseForms(page), []);
  assert.ok((await page.locator('#documents').textContent()).includes(pdf.name));
  const view = await staff(token, `/cases/${receipt.reference}`);
  assert.deepEqual(view.documents.map((d) => d.name), [pdf.name]);
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'case-information-kontakt-ru-1280');
  assert.deepEqual(problems, []);
  await context.close();
});

test("a case page form whose code cannot be downloaded says so beside the actions, and trying again brings it", async () => {
  const { receipt } = await kontaktAsks('az', {
    surname: 'Əliyev', first_name: 'Murad', patronymic: 'Rəşid oğlu', email: 'murad@example.az',
    employee_name: 'Elvin', description: 'Sayğac işləmir.',
  }, 'Sayğacın şəklini göndərin.');
  const { context, page } = await openPage(browser);
  // The answer form is a piece of the case part (src/bin/redress-case.rs); it does not arrive.
  const pieces = /\/redress-case-(?!split-)[a-z_0-9]+-[0-9]+\.wasm$/;
  await page.route(pieces, (route) => route.abort());
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=az#${receipt.access_code}`);
  await page.locator('#actions [role="alert"]').waitFor();
  assert.equal(await page.locator('#actions [role="alert"]').textContent(), message('az', 'app', 'page-not-loaded-body'));
  // The case itself is still shown, under its own heading.
  assert.equal(await page.locator('h1').count(), 1);
  await page.locator('#milestones').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.unroute(pieces);
  await page.locator('#actions').getByRole('button', { name: message('az', 'app', 'page-not-loaded-retry') }).click();
  await page.locator('button[data-action="information_supplied"]').waitFor();
  assert.equal(await page.locator('#actions [role="alert"]').count(), 0);
  await context.close();
});
