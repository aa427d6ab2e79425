// A customer reads the portal's letters in a real mailbox (maildev, started
// by `cargo xtask test`): the receipt's link opens the case page without
// asking for the code; the link to stop the emails opens a page that asks
// first (a mail scanner that follows it stops nothing), in the case's
// language, usable by keyboard; once confirmed, the company's next step
// writes no email to the customer. A customer who says on the check page
// that they will follow the case on its page gets no email at all.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, languages, launch, message, openPage, screenshot } from '../lib/browser.js';
import { fileCase, staff, staffToken } from '../lib/api.js';
import { answerPages, heading } from '../lib/person.js';

const mailApi = process.env.MAILDEV_API;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The letters to `address` in the mailbox, once there are `count` (within 15 s).
async function lettersTo(address, count) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const all = await (await fetch(`${mailApi}/email`)).json();
    const mine = all.filter((letter) => letter.to.some((to) => to.address === address));
    if (mine.length >= count) return mine;
    assert.ok(Date.now() < deadline, `${mine.length} of ${count} letters to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// A Kontakt Home complaint in `lang` from a mailbox of its own.
async function fileFrom(lang) {
  const email = `letters-${lang}-${Date.now()}@example.org`;
  const receipt = await fileCase('kontakt-az', {
    kind: 'complaint',
    lang,
    fields: {
      surname: 'Məmmədova', first_name: 'Aygün', patronymic: 'Rəşid qızı', email, employee_name: 'Elvin', description: 'Televizor çatdırılmadı.',
    },
  });
  return { receipt, email };
}

test('the receipt\'s link opens the case page at once, and its address carries the code only after #', async () => {
  const { receipt, email } = await fileFrom('en');
  const [letter] = await lettersTo(email, 1);
  const link = letter.text.match(/https?:\/\/\S+\/status\/\S+/)[0];
  assert.equal(link, `${baseUrl}/status/${receipt.reference}?lang=en#${receipt.access_code}`);
  const { context, page, problems } = await openPage(browser);
  await page.goto(link);
  await page.locator('#milestones').waitFor();
  assert.match(await page.locator('h1').textContent(), new RegExp(receipt.reference));
  assert.equal(await page.locator('input[autocomplete="one-time-code"], #field-access-code').count(), 0);
  // The same address without its code (a bookmark, a later letter): the
  // look-up form asks for the code, the reference already filled in.
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=en`);
  await page.locator('#lookup-reference').waitFor();
  assert.equal(await page.inputValue('#lookup-reference'), receipt.reference);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [index, lang] of languages.entries()) {
  const width = index % 2 ? 375 : 1280;
  test(`in ${lang} at ${width} px, the stop link asks first, by keyboard, and then no email follows`, async () => {
    const { receipt, email } = await fileFrom(lang);
    const [letter] = await lettersTo(email, 1);
    const stopLink = letter.text.match(/https?:\/\/\S+\/letters\/stop\/\S+/)[0];
    // A mail scanner follows the link: nothing stops.
    const scanned = await fetch(stopLink);
    assert.equal(scanned.status, 200);

    const { context, page, problems } = await openPage(browser, { width });
    await page.goto(stopLink);
    const title = message(lang, 'letters', 'letter-stop-title').replace('{ $reference }', receipt.reference);
    assert.equal(await page.locator('h1').textContent(), title);
    assert.equal(await page.locator('h1 .reference').textContent(), receipt.reference);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `stop-letters-${lang}-${width}`);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `stop-letters-${lang}-${width}-dark`);
    await page.emulateMedia({ colorScheme: 'light' });
    // Keyboard only: the button is the first stop after the skip of nothing.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), message(lang, 'letters', 'letter-stop-button'));
    await page.keyboard.press('Enter');
    await page.locator('[role="status"]').waitFor();
    const done = message(lang, 'letters', 'letter-stop-done').replace('{ $reference }', receipt.reference);
    assert.equal(await page.locator('[role="status"]').textContent(), done);
    assert.equal(await page.locator('h1').textContent(), message(lang, 'letters', 'letter-stop-done-title'));
    // Its link to the case opens the look-up form with the reference filled
    // in, in the case's language.
    await page.locator('main a').click();
    await page.locator('#lookup-reference').waitFor();
    assert.equal(await page.inputValue('#lookup-reference'), receipt.reference);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();

    // The company's next step: its notice to the company only.
    const token = staffToken('kontakt-az');
    await staff(token, `/cases/${receipt.reference}/events`, { event: 'acknowledged', message: 'Qəbul edildi.' });
    const letters = await staff(token, `/cases/${receipt.reference}`);
    assert.deepEqual(letters.letters.map((l) => l.kind), ['receipt', 'new_case']);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.equal((await lettersTo(email, 1)).length, 1);
  });
}

test('a stop link that names no case says so, and stops nothing', async () => {
  const { context, page, problems } = await openPage(browser);
  const response = await page.goto(`${baseUrl}/letters/stop/RD-NOPE1-NOPE1/0123456789abcdef0123456789abcdef`);
  assert.equal(response.status(), 404);
  assert.equal(await page.locator('h1').textContent(), message('en', 'letters', 'letter-stop-unknown-title'));
  assert.equal(await page.locator('form').count(), 0);
  assert.deepEqual(await accessibilityViolations(page), []);
  // The page's own 404 is the only problem the browser reports.
  assert.deepEqual(problems, ['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
  await context.close();
});

// Through Kijoma's wizard in French to its check page, with `email` given.
async function toCheckPage(page, email) {
  await page.goto(`${baseUrl}/kijoma/complain?lang=fr`);
  await page.locator('h1').waitFor();
  const checkTitle = message('fr', 'wizard', 'wizard-step-check', 'other');
  await answerPages(page, {
    '#field-full-name': 'Claire Martin',
    '#field-email': email,
    '#field-description': 'La connexion tombe chaque soir.',
  }, async (p) => (await heading(p)) === checkTitle);
  assert.equal(await heading(page), checkTitle);
}

test('on the check page the customer chooses the case page only, by keyboard: no email comes, and the code is shown only once', async () => {
  const quiet = `quiet-${Date.now()}@example.org`;
  const { context, page, problems } = await openPage(browser, { locale: 'fr-FR', width: 375 });
  await toCheckPage(page, quiet);
  const legend = page.locator('legend', { hasText: message('fr', 'sent', 'letters-choice-title') });
  await legend.waitFor();
  const byEmail = message('fr', 'sent', 'letters-choice-email').replace('{ $email }', quiet);
  assert.equal((await page.locator('label[for="letters-email"]').textContent()).trim(), byEmail);
  assert.ok(await page.isChecked('#letters-email'), 'email is the default');
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'check-letters-choice-fr-375');
  // A person tabs to the chosen radio and moves to the other with an arrow.
  await page.locator('#letters-email').focus();
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.isChecked('#letters-page'));
  // Away to change an answer and back: the choice is kept.
  await page.reload();
  await legend.waitFor();
  assert.ok(await page.isChecked('#letters-page'), 'the draft keeps the choice');
  await page.locator('#send').focus();
  await page.keyboard.press('Enter');
  await page.locator('#reference').waitFor();
  const shownOnce = message('fr', 'sent', 'sent-access-body', 'other');
  assert.ok((await page.locator('main').textContent()).includes(shownOnce));
  const reference = (await page.locator('#reference').textContent()).trim();
  const view = await staff(staffToken('kijoma'), `/cases/${reference}`);
  assert.equal(view.letters_stopped, true);
  assert.deepEqual(view.letters.map((l) => l.kind), ['new_case']);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const all = await (await fetch(`${mailApi}/email`)).json();
  assert.equal(all.filter((letter) => letter.to.some((to) => to.address === quiet)).length, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('left as it is, the choice sends the receipt by email, and the confirmation says where the code went', async () => {
  const email = `told-${Date.now()}@example.org`;
  const { context, page, problems } = await openPage(browser, { locale: 'fr-FR' });
  await toCheckPage(page, email);
  await page.locator('#send').click();
  await page.locator('#reference').waitFor();
  const emailed = message('fr', 'sent', 'sent-access-body-emailed', 'other');
  assert.ok((await page.locator('main').textContent()).includes(emailed));
  const [receipt] = await lettersTo(email, 1);
  assert.ok(receipt.text.includes((await page.locator('#reference').textContent()).trim()));
  assert.deepEqual(problems, []);
  await context.close();
});
