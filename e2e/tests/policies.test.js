// What each company's policy promises, as its customer reads it: dates
// that read grammatically in every language, a clock counted from the day
// the customer first complained, an aim shown as an aim, a delay notice's
// new date and reason, the company's right to close, and a contact detail
// of the customer's choosing.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, languages, launch, message, now, openPage, screenshot } from '../lib/browser.js';
import { caseOf, fileCase, staff, staffToken } from '../lib/api.js';
import { heading, next, typeInto } from '../lib/person.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// How each language writes a date inside a sentence, spelled out here
// rather than asked of the browser: Russian and Azerbaijani without the
// weekday, whose nominative would break the sentence; French with "1er".
const WEEKDAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
};
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
};

function written(lang, iso) {
  const date = new Date(`${iso}T12:00:00Z`);
  const [day, month, year] = [date.getUTCDate(), MONTHS[lang][date.getUTCMonth()], date.getUTCFullYear()];
  const weekday = WEEKDAYS[lang]?.[date.getUTCDay()];
  switch (lang) {
    case 'en': return `${weekday} ${day} ${month} ${year}`;
    case 'fr': return `${weekday} ${day === 1 ? '1er' : day} ${month} ${year}`;
    case 'de': return `${weekday}, ${day}. ${month} ${year}`;
    default: return `${day} ${month} ${year}`;
  }
}

function daysFromToday(days) {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const visible = async (page, selector) => (await page.locator(selector).innerText()).trim();

// A Kite Mobi complaint whose customer first complained on `firstContact`.
function kiteComplaint(firstContact) {
  return fileCase('kite-mobi', {
    kind: 'complaint',
    lang: 'en',
    fields: { full_name: 'Ada Lovelace', email: 'ada@example.org', description: 'No data abroad.', first_contact_date: firstContact },
  });
}

test('Kite Mobi counts eight weeks from the first complaint, and each language writes the date in its sentence', async () => {
  const firstContact = daysFromToday(-20);
  const receipt = await kiteComplaint(firstContact);
  const adr = receipt.milestones.find((m) => m.name === 'adr_eligible');
  assert.equal(adr.counted_from, firstContact);
  assert.equal(adr.due, daysFromToday(36), '8 weeks from the first complaint, not from today');
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=en#${receipt.access_code}`);
  for (const lang of languages) {
    // The reader changes language with the menu, as a person does.
    await page.locator(`.language-switcher__button[lang="${lang}"]`).click();
    const opens = message(lang, 'status', 'case-adr-opens-on').replace('{ $date }', written(lang, adr.due));
    await page.locator('#adr-when', { hasText: opens }).waitFor();
    assert.equal(await visible(page, '#adr-when'), opens, lang);
    const counted = message(lang, 'providers', 'milestone-counted-from', 'customer').replace('{ $date }', written(lang, firstContact));
    assert.equal(await visible(page, '[data-milestone="adr_eligible"] .milestone-note'), counted, lang);
    // The resolution date is what the company aims for, and says so.
    const aim = message(lang, 'providers', 'milestone-role', 'aim');
    assert.equal(await visible(page, '[data-milestone="resolution"] .summary-list__key .hint'), aim, lang);
  }
  await screenshot(page, 'case-first-contact-az-1280');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the company corrects the first complaint from its records, and the customer reads the new date and why', async () => {
  const receipt = await kiteComplaint(daysFromToday(-20));
  const reason = 'Our call log shows your first call a week later.';
  await staff(staffToken('kite-mobi'), `/cases/${receipt.reference}/events`, {
    event: 'first_contact_corrected', date: daysFromToday(-13), message: reason,
  });
  const { context, page, problems } = await openPage(browser, { width: 375 });
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=en#${receipt.access_code}`);
  await page.locator('#history').waitFor();
  const counted = message('en', 'providers', 'milestone-counted-from', 'staff').replace('{ $date }', written('en', daysFromToday(-13)));
  assert.equal(await visible(page, '[data-milestone="adr_eligible"] .milestone-note'), counted);
  const history = await visible(page, '#history');
  assert.ok(history.includes(message('en', 'status', 'event-first-contact-corrected')), history);
  assert.ok(history.includes(reason), history);
  assert.equal((await caseOf(receipt)).adr.eligible_from, daysFromToday(43));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a delay notice given in time shows the new date, the first one, and the reason', async () => {
  const receipt = await fileCase('kontakt-az', {
    kind: 'complaint',
    lang: 'ru',
    fields: { surname: 'Мамедова', first_name: 'Айгюн', patronymic: 'Рашидовна', phone: '+994 50 123 45 67', description: 'Телевизор не доставлен.' },
  });
  const first = receipt.milestones.find((m) => m.name === 'resolution').due;
  const later = new Date(`${first}T12:00:00Z`);
  later.setUTCDate(later.getUTCDate() + 7);
  const newDate = later.toISOString().slice(0, 10);
  const reason = 'Ждём ответа от производителя.';
  await staff(staffToken('kontakt-az'), `/cases/${receipt.reference}/events`, {
    event: 'delay_notified', milestone: 'resolution', date: newDate, message: reason,
  });
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=ru#${receipt.access_code}`);
  await page.locator('#history').waitFor();
  const row = '[data-milestone="resolution"]';
  const delayed = message('ru', 'status', 'case-delayed-from').replace('{ $date }', written('ru', first));
  const why = message('ru', 'status', 'case-delay-reason').replace('{ $reason }', reason);
  // The new date, then the first one and the company's reason beside it.
  assert.equal(await visible(page, `${row} .summary-list__value`), `${written('ru', newDate)}\n${delayed} ${why}`);
  const history = await visible(page, '#history');
  const milestone = message('ru', 'providers', 'milestone-resolution');
  const line = message('ru', 'status', 'case-event-new-date').replace('{ $milestone }', milestone).replace('{ $date }', written('ru', newDate));
  assert.ok(history.includes(line), history);
  assert.ok(history.includes(reason), history);
  // Kontakt Home's promises are on the case page.
  const promises = await visible(page, '.promises');
  assert.ok(promises.includes(message('ru', 'providers', 'provider-promise', 'status').replace('{ $provider }', 'Kontakt Home')), promises);
  await screenshot(page, 'case-delay-notice-ru-1280');
  assert.deepEqual(problems, []);
  await context.close();
});

test("each date on a company's page says what it counts from, and what it binds the company to", async () => {
  const { context, page, problems } = await openPage(browser, { width: 375 });
  await page.goto(`${baseUrl}/key-systems?lang=de`);
  await page.locator('h1').waitFor();
  const windowLabel = message('de', 'providers', 'milestone-escalation-window-closes');
  const windowLine = (await page.locator('main li', { hasText: windowLabel }).first().innerText()).trim();
  const fromAnswer = message('de', 'start', 'provider-clock-from', 'response').split('{ $clock }')[1];
  const fromReceipt = message('de', 'start', 'provider-clock-from', 'receipt').split('{ $clock }')[1];
  assert.ok(windowLine.includes(fromAnswer) && !windowLine.includes(fromReceipt), windowLine);
  assert.equal(await visible(page, 'main h2 + p'), message('de', 'start', 'provider-deadlines-body'));
  await page.goto(`${baseUrl}/modmount?lang=fr`);
  await page.locator('h1').waitFor();
  const modmount = await visible(page, 'main');
  assert.ok(modmount.includes(message('fr', 'providers', 'milestone-role', 'may_close')), modmount);
  await screenshot(page, 'provider-modmount-fr-375');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Kontakt Home takes a phone number instead of an email address, typed key by key', async () => {
  const { context, page, problems } = await openPage(browser, { width: 375 });
  await page.goto(`${baseUrl}/kontakt-az/complain?lang=az`);
  await page.locator('#field-surname').waitFor();
  await typeInto(page, '#field-surname', 'Məmmədova');
  await typeInto(page, '#field-first-name', 'Aygün');
  await typeInto(page, '#field-patronymic', 'Rəşid qızı');
  await next(page);
  assert.equal(await heading(page), message('az', 'wizard', 'wizard-step-contact'));
  // Neither: the page asks for one of them, and neither reads as optional.
  await next(page);
  assert.ok((await visible(page, '#field-email-error')).endsWith(message('az', 'errors', 'error-contact-required')));
  assert.equal(await visible(page, 'label[for="field-email"]'), message('az', 'forms', 'field-email'));
  assert.equal(await visible(page, 'label[for="field-phone"]'), message('az', 'forms', 'field-phone'));
  await typeInto(page, '#field-phone', '+994 50 123 45 67');
  await next(page);
  assert.notEqual(await heading(page), message('az', 'wizard', 'wizard-step-contact'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('Kite Mobi: the early referral says the company may refuse before it is asked, with the keyboard', async () => {
  const receipt = await kiteComplaint(daysFromToday(-2));
  const { context, page, problems } = await openPage(browser, { width: 375 });
  await page.goto(`${baseUrl}/status/${receipt.reference}?lang=fr#${receipt.access_code}`);
  const ask = page.locator('button[data-action="adr_referral_requested"]');
  await ask.waitFor();
  const panel = page.locator('#request-adr_referral_requested');
  assert.ok(await panel.isHidden(), 'nothing is sent, nor said, before the customer asks');
  await ask.focus();
  await page.keyboard.press('Enter');
  assert.equal(await ask.getAttribute('aria-expanded'), 'true');
  const explained = message('fr', 'status', 'case-request-explained', 'adr_referral_requested')
    .replaceAll('{ $provider }', 'Kite Mobi')
    .replaceAll('{ $scheme }', 'Ombudsman Services: Communications');
  assert.equal((await panel.locator('p').first().innerText()).trim(), explained);
  await screenshot(page, 'case-early-referral-fr-375');
  await panel.locator('button[data-send="adr_referral_requested"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#history', { hasText: message('fr', 'status', 'event-adr-referral-requested') }).waitFor();
  assert.equal(await ask.count(), 0, 'asked once');
  assert.deepEqual((await caseOf(receipt)).events.map((e) => e.kind), ['received', 'adr_referral_requested']);
  assert.deepEqual(problems, []);
  await context.close();
});
