// The complaints team's console in a real browser: a member signs in with
// the code the local mail server (maildev) catches, finds a customer's
// complaint in the work queue, takes a step with the message written for
// them in the customer's language, and the customer sees it on their case
// page in another browser context. Every page by keyboard, under axe-core,
// in all five languages, at 375 and 1280 px in light and dark.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, languages, launch, message, openPage, screenshot } from '../lib/browser.js';
import { fileCase } from '../lib/api.js';
import { heading } from '../lib/person.js';
import { addMember, codeFor, lettersTo, notSignedIn, tabTo } from '../lib/console.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Signs in on `page` in `lang` as `email`, by keyboard, checking both
// pages of the sign-in under axe-core in light and dark (screenshots named
// after `shot`); lands on the queue.
async function signIn(page, lang, email, shot) {
  const checked = async (name) => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await accessibilityViolations(page), [], `${name} ${scheme}`);
      await screenshot(page, `staff-${name}-${shot}-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
  await page.goto(`${baseUrl}/staff?lang=${lang}`);
  await page.locator('#sign-in-email').waitFor();
  assert.equal(await heading(page), message(lang, 'staff', 'staff-sign-in-title'));
  await checked('sign-in');
  const seen = (await lettersTo(email)).length;
  await tabTo(page, '#sign-in-email');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await page.locator('#sign-in-code').waitFor();
  await checked('code');
  const code = await codeFor(email, seen);
  await tabTo(page, '#sign-in-code');
  await page.keyboard.type(`${code.slice(0, 4)} ${code.slice(4)}`);
  await page.keyboard.press('Enter');
  await page.locator('.console-bar').waitFor();
}

test('a member signs in by the emailed code, takes a step from the queue, and the customer sees it', async () => {
  const email = `sam-${Date.now()}@kijoma.example`;
  addMember('kijoma', email, 'Sam Jones');
  const receipt = await fileCase('kijoma', {
    kind: 'complaint',
    lang: 'fr',
    fields: { full_name: 'Claire Martin', email: `claire-${Date.now()}@example.fr`, description: 'La ligne coupe chaque soir.' },
  });

  const { context, page, problems } = await openPage(browser);
  // A wrong code first: named on its field, the code field keeps the focus.
  await page.goto(`${baseUrl}/staff/cases/${receipt.reference}?lang=en`);
  await page.locator('#sign-in-email').waitFor();
  assert.ok(page.url().includes('then=%2Fstaff%2Fcases%2F'), page.url());
  await tabTo(page, '#sign-in-email');
  await page.keyboard.type('not an address');
  await page.keyboard.press('Enter');
  await page.locator('.error-summary').waitFor();
  assert.ok((await page.locator('.error-summary').textContent()).includes(message('en', 'staff', 'staff-error-email')));
  await page.locator('#sign-in-email').fill('');
  await tabTo(page, '#sign-in-email');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await page.locator('#sign-in-code').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  // A change of language while the letter comes keeps the page and the address.
  await page.locator('.language-switcher__button[lang="de"]').click();
  await page.locator('h1', { hasText: message('de', 'staff', 'staff-code-title') }).waitFor();
  assert.ok((await page.locator('main').textContent()).includes(email));
  await page.locator('.language-switcher__button[lang="en"]').click();
  await page.locator('h1', { hasText: message('en', 'staff', 'staff-code-title') }).waitFor();
  const code = await codeFor(email);
  const wrong = code === '00000000' ? '11111111' : '00000000';
  await tabTo(page, '#sign-in-code');
  await page.keyboard.type(wrong);
  await page.keyboard.press('Enter');
  await page.locator('#sign-in-code-error').waitFor();
  assert.ok((await page.locator('#sign-in-code-error').textContent()).includes(message('en', 'staff', 'staff-error-code-not-accepted')));
  await page.locator('#sign-in-code').fill('');
  await tabTo(page, '#sign-in-code');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  // Back to the case that was asked for.
  await page.locator('#step-form').waitFor();
  assert.equal(await heading(page), message('en', 'staff', 'staff-case-title').replace('{ $reference }', receipt.reference));

  // The step, by keyboard: its message is written in the customer's French.
  await tabTo(page, '#step-acknowledged');
  await page.keyboard.press('Space');
  const written = await page.inputValue('#step-message');
  assert.equal(written, message('fr', 'staff', 'staff-template-acknowledged'));
  await tabTo(page, '#step-message');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Un technicien passera lundi.');
  assert.deepEqual(await accessibilityViolations(page), []);
  // Changing the console's language mid-way keeps the chosen step and the words typed.
  await page.locator('.language-switcher__button[lang="de"]').click();
  await page.locator('h1', { hasText: message('de', 'staff', 'staff-case-title').replace('{ $reference }', receipt.reference) }).waitFor();
  await page.locator('#step-form').waitFor();
  assert.ok(await page.isChecked('#step-acknowledged'));
  assert.ok((await page.inputValue('#step-message')).endsWith('Un technicien passera lundi.'));
  await page.locator('.language-switcher__button[lang="en"]').click();
  await page.locator('h1', { hasText: message('en', 'staff', 'staff-case-title').replace('{ $reference }', receipt.reference) }).waitFor();
  await page.locator('#step-form').waitFor();
  await tabTo(page, '#step-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#history')?.textContent.includes('Un technicien passera lundi.'));
  assert.ok((await page.locator('#history').textContent()).includes('Sam Jones'));
  // Said at the top of the page drawn again, where the focus is; no step is left chosen.
  await page.waitForFunction(() => document.activeElement?.id === 'case-done', null, { timeout: 5000 });
  assert.equal(await page.locator('input[name="step"]:checked').count(), 0);

  // A delay notice: the deadline, its new date, and the reason as the message.
  // The steps are one radio group: Tab reaches it, the arrow keys choose.
  await tabTo(page, 'input[name="step"]');
  for (let presses = 0; presses < 12 && !(await page.isChecked('#step-delay-notified')); presses += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await page.locator('#step-date').waitFor();
  assert.equal(await page.inputValue('#step-message'), message('fr', 'staff', 'staff-template-delay-notified'));
  // Sent without its date: the date is asked for, on its field.
  await tabTo(page, '#step-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.locator('.error-summary').waitFor();
  assert.ok((await page.locator('.error-summary').textContent()).includes(message('en', 'staff', 'staff-error-date')));
  await page.locator('#step-date').fill('2026-12-04');
  // The template's … is where the member writes: left in, the message is not sent.
  await tabTo(page, '#step-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.locator('#step-message-error').waitFor();
  assert.ok((await page.locator('#step-message-error').textContent()).includes(message('en', 'staff', 'staff-error-placeholder')));
  await tabTo(page, '#step-message');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' le technicien est absent.');
  await tabTo(page, '#step-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#history')?.textContent.includes('le technicien est absent.'));

  // Taking the first step made the member its handler. Given to nobody,
  // they take it back, and leave a note for colleagues, by keyboard.
  assert.ok((await page.locator('#handler').textContent()).includes('Sam Jones'));
  await tabTo(page, '#assign-to');
  await page.keyboard.press('Home');
  await tabTo(page, '.assign-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.locator('#take-case').waitFor();
  await tabTo(page, '#take-case');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#handler')?.textContent.includes('Sam Jones'));
  await tabTo(page, '#note-text');
  await page.keyboard.type('Line test booked; <b>not</b> markup.');
  await tabTo(page, '#note-form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#notes')?.textContent.includes('<b>not</b> markup.'));
  assert.equal(await page.locator('#notes b').count(), 0, 'a note is text, never markup');
  assert.ok((await page.locator('#views').textContent()).includes('Sam Jones'));

  // The queue lists the case, among the member's own too; its link opens it.
  await page.goto(`${baseUrl}/staff?lang=en`);
  await page.locator('#queue-count').waitFor();
  assert.ok(await page.locator(`a[href="/staff/cases/${receipt.reference}"]`).count() === 1);
  await page.locator('#queue-assigned').selectOption('me');
  await page.locator('.queue-filters button[type="submit"]').click();
  await page.waitForFunction(() => document.querySelector('#queue-count')?.textContent.trim() === '1 case');
  assert.ok((await page.locator('.queue').textContent()).includes(message('en', 'staff', 'staff-handled-by').replace('{ $name }', 'Sam Jones')));

  // The customer, in a browser of their own, sees the step.
  const customer = await openPage(browser, { locale: 'fr-FR' });
  await customer.page.goto(`${baseUrl}/status/${receipt.reference}?lang=fr#${receipt.access_code}`);
  await customer.page.locator('#milestones').waitFor();
  const shown = await customer.page.locator('main').textContent();
  assert.ok(shown.includes('Un technicien passera lundi.'));
  assert.ok(shown.includes('le technicien est absent.'), 'the delay and its reason');
  assert.ok(!shown.includes('Line test booked'), 'the team\'s note is not the customer\'s to read');
  assert.deepEqual(customer.problems, []);
  await customer.context.close();

  // Signing out: the console asks to sign in again.
  await page.locator('.console-bar__out').click();
  await page.locator('#sign-in-email').waitFor();
  await page.goto(`${baseUrl}/staff?lang=en`);
  await page.locator('#sign-in-email').waitFor();
  // The wrong code's 422 was expected too.
  assert.deepEqual(problems.filter((p) => !notSignedIn(p) && !p.includes('422')), []);
  await context.close();
});

for (const [index, lang] of languages.entries()) {
  test(`in ${lang}: sign-in, queue and case pass axe-core at 375 and 1280 px, light and dark`, async () => {
    const email = `lea-${lang}-${Date.now()}@kite.example`;
    addMember('kite-mobi', email, 'Léa Martin');
    const receipt = await fileCase('kite-mobi', {
      kind: 'complaint',
      lang,
      fields: { full_name: 'Ada Lovelace', email: `ada-${lang}-${Date.now()}@example.org`, description: 'No signal at home.', account_reference: 'KM-1', customer_type: 'residential' },
    });
    const width = index % 2 ? 375 : 1280;
    const { context, page, problems } = await openPage(browser, { width });
    await signIn(page, lang, email, `${lang}-${width}`);
    await page.locator('#queue-count').waitFor();
    for (const [name, ready] of [['queue', '#queue-count'], ['case', '#step-form']]) {
      if (name === 'case') {
        await page.locator(`a[href="/staff/cases/${receipt.reference}"]`).click();
        await page.locator(ready).waitFor();
      }
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        assert.deepEqual(await accessibilityViolations(page), [], `${name} ${scheme}`);
        await screenshot(page, `staff-${name}-${lang}-${width}-${scheme}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    assert.deepEqual(problems.filter((p) => !notSignedIn(p)), []);
    await context.close();
  });
}

test('a customer never downloads a byte of the console: not its code, styles or messages', async () => {
  const receipt = await fileCase('kijoma', {
    kind: 'complaint',
    lang: 'en',
    fields: { full_name: 'Ada Lovelace', email: `ada-pieces-${Date.now()}@example.org`, description: 'No connection.' },
  });
  const { context, page, problems } = await openPage(browser);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${baseUrl}/?lang=en`);
  await page.locator('h1').waitFor();
  await page.goto(`${baseUrl}/kijoma/complain?lang=en`);
  await page.locator('#field-full-name').waitFor();
  await page.locator('#field-full-name').click();
  await page.keyboard.type('Ada Lovelace');
  await page.keyboard.press('Enter');
  // Answering the first page fetches every later piece of the wizard ahead.
  await page.waitForFunction(() => !document.querySelector('#field-full-name'));
  await page.waitForLoadState('networkidle');
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=en#${receipt.access_code}`);
  await page.locator('#milestones').waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(fetched.some((path) => /^\/redress-app-/.test(path)) && fetched.some((path) => /^\/redress-case-/.test(path)), fetched.join(' '));
  assert.deepEqual(fetched.filter((path) => /staff/.test(path)), []);
  assert.deepEqual(problems, []);
  await context.close();
});
