// Each provider's case handled end to end from the console, by keyboard, as
// its team would: found in the queue, acknowledged, a question asked, the
// customer's answer (with a photo) given on the case page in another
// browser, a response, then the end the policy offers (a deadlock letter
// with the signed letter attached, or the case resolved). The customer's
// case page and letters show every step. Then a duplicate is merged into
// the customer's other case, and the queue's counts per stage.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, launch, message, openPage, screenshot } from '../lib/browser.js';
import { fileCase } from '../lib/api.js';
import { addMember, caughtLetters, lettersTo, notSignedIn, signIn, switchLanguage, tabTo } from '../lib/console.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A 1×1 PNG: what a phone's photo of a receipt is to the console.
const photo = {
  name: 'receipt.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
};
const signedLetter = { name: 'signed letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

// A document a customer's browser uploads for `provider`: its id.
async function uploaded(provider, file) {
  const form = new FormData();
  form.append('provider', provider);
  form.append('file', new Blob([file.buffer], { type: file.mimeType }), file.name);
  const response = await fetch(`${baseUrl}/api/uploads`, { method: 'POST', body: form });
  assert.equal(response.status, 201);
  return (await response.json()).id;
}

// Each provider's customer, in the language they chose (Modmount's
// complaint must come with a document).
const customers = {
  'kite-mobi': { lang: 'en', fields: { full_name: 'Ada Lovelace', description: 'No signal at home.', account_reference: 'KM-1', customer_type: 'residential' } },
  kijoma: { lang: 'en', fields: { full_name: 'Ada Lovelace', description: 'The line drops every evening.' } },
  modmount: { lang: 'fr', documents: true, fields: { full_name: 'Claire Martin', account_reference: 'MM-1001', description: 'Mon retrait est bloqué.', incident_date: '2026-11-02', agreement_scope: true, declaration: true } },
  'key-systems': { lang: 'de', fields: { full_name: 'Jonas Becker', domain_names: ['example.de'], description: 'Die Domain wurde nicht verlängert.' } },
  'kontakt-az': { lang: 'az', fields: { surname: 'Məmmədova', first_name: 'Aygün', patronymic: 'Rəşid qızı', employee_name: 'Elvin', description: 'Televizor çatdırılmadı.' } },
};

// Takes the first of `steps` the case offers now, with its written message
// and `words` added, by keyboard; `documents` attached; `outcome` chosen
// where the step records one. Returns the step taken.
async function takeStep(page, steps, words, documents = [], outcome = null) {
  await page.locator('#step-form').waitFor();
  const offered = [];
  for (const step of steps) {
    if (await page.locator(`#step-${step}`).count()) offered.push(step);
  }
  assert.ok(offered.length, `none of ${steps.join(', ')} is offered`);
  const step = offered[0];
  await tabTo(page, 'input[name="step"]');
  for (let presses = 0; presses < 12 && !(await page.isChecked(`#step-${step}`)); presses += 1) {
    await page.keyboard.press('ArrowDown');
  }
  assert.ok(await page.isChecked(`#step-${step}`), step);
  await tabTo(page, '#step-message');
  await page.keyboard.press('ControlOrMeta+End');
  // Where the template leaves the member to write, the … goes.
  if ((await page.inputValue('#step-message')).endsWith('…')) await page.keyboard.press('Backspace');
  await page.keyboard.type(` ${words}`);
  if (outcome) {
    // One radio group: Tab reaches it, the arrow keys choose.
    await tabTo(page, 'input[name="outcome"]');
    for (let presses = 0; presses < 5 && !(await page.isChecked(`#outcome-${outcome}`)); presses += 1) {
      await page.keyboard.press('ArrowDown');
    }
    assert.ok(await page.isChecked(`#outcome-${outcome}`));
  }
  if (documents.length) {
    await page.locator('#step-documents').setInputFiles(documents);
    await page.waitForFunction((n) => document.querySelectorAll('#step-documents-list li:not(.hint)').length === n, documents.length);
  }
  await tabTo(page, '#step-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((text) => document.querySelector('#history')?.textContent.includes(text), words);
  await page.waitForFunction(() => document.activeElement?.id === 'case-done');
  return step;
}

for (const [provider, customer] of Object.entries(customers)) {
  test(`${provider}: a case handled from the queue to its end, the customer answering in another browser`, async () => {
    const stamp = `${Date.now()}`;
    const email = `team-${stamp}@${provider}.example`;
    addMember(provider, email, 'Sam Jones');
    const address = `customer-${stamp}@example.org`;
    const documents = customer.documents ? [await uploaded(provider, { ...signedLetter, name: 'statement.pdf' })] : [];
    const fields = { ...customer.fields, email: address };
    const receipt = await fileCase(provider, { kind: 'complaint', lang: customer.lang, fields, documents });

    const { context, page, problems } = await openPage(browser);
    await signIn(page, email);
    // Found in the queue by its reference, typed as a person reads it out.
    await tabTo(page, '#queue-search');
    await page.keyboard.type(receipt.reference.toLowerCase());
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#queue-count')?.textContent.trim() === '1 case');
    await tabTo(page, `a[href="/staff/cases/${receipt.reference}"]`);
    await page.keyboard.press('Enter');

    const said = [];
    const step = async (steps, words, documents, outcome) => {
      said.push(words);
      return takeStep(page, steps, words, documents, outcome);
    };
    await step(['acknowledged'], `Acknowledged ${stamp}.`);
    await step(['information-requested'], `Please send the receipt ${stamp}.`);

    // The customer answers on the case page, in a browser of their own.
    const person = await openPage(browser, { locale: customer.lang });
    await person.page.goto(`${baseUrl}/status/${receipt.reference}?lang=${customer.lang}#${receipt.access_code}`);
    const supply = person.page.locator('button[data-action="information_supplied"]');
    await supply.waitFor();
    assert.ok((await person.page.locator('main').textContent()).includes(`Please send the receipt ${stamp}.`));
    await person.page.locator('#action-message').click();
    await person.page.keyboard.type(`The receipt is attached ${stamp}.`);
    await person.page.locator('#field-information-documents').setInputFiles(photo);
    await person.page.locator('#actions .upload-list__item').waitFor();
    await supply.click();
    await person.page.locator('#documents', { hasText: photo.name }).waitFor();

    // The queue says the customer wrote last; the team sees the answer and
    // the photo, shown as an image.
    await page.goto(`${baseUrl}/staff?lang=en`);
    await tabTo(page, '#queue-search');
    await page.keyboard.type(receipt.reference);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#queue-count')?.textContent.trim() === '1 case');
    assert.equal(await page.locator('.queue__new').textContent(), message('en', 'staff', 'staff-new-from-customer'));
    await tabTo(page, `a[href="/staff/cases/${receipt.reference}"]`);
    await page.keyboard.press('Enter');
    await page.locator('#step-form').waitFor();
    assert.ok((await page.locator('#history').textContent()).includes(`The receipt is attached ${stamp}.`));
    const image = page.locator('#documents img');
    await image.waitFor();
    // Loaded as it comes into view, as a person scrolls to it.
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#documents img')?.naturalWidth > 0);
    assert.equal(await image.getAttribute('alt'), photo.name);
    // Opened in the browser, the document is a sandbox of its own.
    const shown = await page.locator('#documents a[target="_blank"]').first().getAttribute('href');
    const headers = await page.evaluate(async (href) => Object.fromEntries((await fetch(href)).headers), shown);
    assert.match(headers['content-security-policy'], /^sandbox;/);
    assert.match(headers['content-disposition'], /^inline;/);
    assert.equal(headers['x-content-type-options'], 'nosniff');

    await step(['responded', 'final-response'], `Our answer ${stamp}.`);
    const end = await step(['deadlock-letter-issued', 'resolved', 'final-response', 'closed'], `The end ${stamp}.`, [signedLetter], 'not-upheld');
    // The outcome is the team's, in its history, for the regulator's return.
    const outcome = message('en', 'staff', 'staff-outcome-not-upheld');
    assert.ok((await page.locator('#history').textContent()).includes(outcome));
    assert.ok((await page.locator('#documents').textContent()).includes(signedLetter.name));
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `staff-journey-${provider}-1280`);
    assert.deepEqual(problems.filter((p) => !notSignedIn(p)), []);

    // The customer's page shows every step's words, and so do their letters.
    await person.page.reload();
    await person.page.locator('#history').waitFor();
    const history = await person.page.locator('#history').textContent();
    for (const words of said) assert.ok(history.includes(words), `${words} is not on the case page`);
    assert.ok(!history.includes(outcome), 'the outcome is not the customer\'s to read');
    // "What you sent" lists the customer's documents only: the company's letter came by email.
    const sent = await person.page.locator('#documents').textContent();
    assert.ok(sent.includes(photo.name) && !sent.includes(signedLetter.name), sent);
    const deadline = Date.now() + 20_000;
    let letters = [];
    while (Date.now() < deadline) {
      letters = await lettersTo(address);
      if (said.every((words) => letters.some((l) => l.text.includes(words)))) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (const words of said) assert.ok(letters.some((l) => l.text.includes(words)), `no letter says ${words}`);
    const last = letters.find((l) => l.text.includes(`The end ${stamp}.`));
    assert.deepEqual((last.attachments ?? []).map((a) => a.filename), [signedLetter.name], `the ${end} letter carries the signed letter`);
    assert.deepEqual(person.problems, []);
    await person.context.close();
    await context.close();
  });
}

test('a duplicate merged into the customer\'s other case, by keyboard; the queue counts each stage', async () => {
  const stamp = `${Date.now()}`;
  const email = `merger-${stamp}@kijoma.example`;
  addMember('kijoma', email, 'Léa Martin');
  const file = (address, words) => fileCase('kijoma', {
    kind: 'complaint', lang: 'en', fields: { full_name: 'Ada Lovelace', email: address, description: words },
  });
  const kept = await file(`ada-${stamp}@example.org`, 'The line drops.');
  const duplicate = await file(`Ada-${stamp}@Example.org`, 'The line drops, again.');
  const someoneElse = await file(`grace-${stamp}@example.org`, 'No line at all.');

  const { context, page, problems } = await openPage(browser, { width: 375 });
  await signIn(page, email);
  // The stage's count shows only that stage's cases; pressed again, all of them.
  // Stages in the order of a case's life: received first.
  const received = page.locator('.stage-count').first();
  await received.waitFor();
  await received.click();
  await page.waitForFunction(() => document.querySelector('.stage-count[aria-pressed="true"]'));
  assert.equal(await page.inputValue('#queue-stage'), 'received');

  await page.goto(`${baseUrl}/staff/cases/${duplicate.reference}?lang=en`);
  await page.locator('#merge-form').waitFor();
  // Another customer's case first: refused before any confirmation, said beside the reference.
  await tabTo(page, '#merge-into');
  await page.keyboard.type(someoneElse.reference);
  await page.keyboard.press('Enter');
  await page.locator('#merge-into-error').waitFor();
  assert.equal(await page.locator('#merge-confirm').count(), 0);
  assert.ok((await page.locator('#merge-into-error').textContent()).includes(message('en', 'staff', 'staff-merge-error-customer')));
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'staff-merge-refused-375');
  // Corrected: asked to confirm, then the case kept is shown, saying so.
  await page.locator('#merge-into').fill('');
  await tabTo(page, '#merge-into');
  await page.keyboard.type(kept.reference.toLowerCase());
  // A change of language keeps what was typed.
  await switchLanguage(page, 'de');
  await page.locator('h1', { hasText: message('de', 'staff', 'staff-case-title').replace('{ $reference }', duplicate.reference) }).waitFor();
  await page.locator('#merge-into').waitFor();
  assert.equal(await page.inputValue('#merge-into'), kept.reference.toLowerCase());
  await switchLanguage(page, 'en');
  await page.locator('h1', { hasText: message('en', 'staff', 'staff-case-title').replace('{ $reference }', duplicate.reference) }).waitFor();
  await tabTo(page, '#merge-into');
  await page.keyboard.press('Enter');
  await page.locator('#merge-confirm').waitFor();
  // The confirmation names the case kept and its customer; the focus is on it.
  assert.ok((await page.locator('#merge-confirm').textContent()).includes(`${kept.reference} (Ada Lovelace)`));
  await page.waitForFunction(() => document.activeElement?.id === 'merge-confirm');
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'staff-merge-confirm-375');
  await tabTo(page, '#merge-confirm .button--warning');
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/staff/cases/${kept.reference}`);
  await page.waitForFunction(() => document.activeElement?.id === 'case-done');
  assert.ok((await page.locator('#case-done').textContent()).includes(duplicate.reference));
  assert.ok((await page.locator('#merged').textContent()).includes(duplicate.reference));
  // The duplicate says where it went, and offers no step.
  await page.goto(`${baseUrl}/staff/cases/${duplicate.reference}?lang=en`);
  await page.locator('#merged-into').waitFor();
  assert.equal(await page.locator('#step-form').count(), 0);
  assert.equal(await page.locator('#merge-form').count(), 0);
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems.filter((p) => !notSignedIn(p) && !p.includes('422')), []);
  await context.close();

  // The duplicate's customer is told by email, with both references and the way in.
  const deadline = Date.now() + 15_000;
  let told;
  while (!told && Date.now() < deadline) {
    told = (await caughtLetters()).find((l) => l.subject.includes(duplicate.reference) && l.subject.includes(kept.reference));
    if (!told) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.ok(told, 'no letter tells the customer of the merge');
  assert.ok(told.text.includes(`/status?reference=${duplicate.reference}&lang=en`), told.text);
  // The duplicate's customer, following their own link, sees the case kept.
  const customer = await openPage(browser);
  await customer.page.goto(`${baseUrl}/status/${duplicate.reference}?lang=en#${duplicate.access_code}`);
  await customer.page.locator('#milestones').waitFor();
  assert.ok((await customer.page.locator('main').textContent()).includes(kept.reference));
  assert.deepEqual(customer.problems, []);
  await customer.context.close();
});
