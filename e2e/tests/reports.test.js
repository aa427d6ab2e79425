// The console's report page in a real browser: a member signs in, goes to
// the reports by keyboard, reads this quarter's figures (the same as the
// API's), chooses dates of their own (a reversed period first, corrected
// beside its field), changes language with the report shown, and opens the
// two spreadsheets. Under axe-core in English and French, in light and
// dark, at 1280 and 375 px.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, baseUrl, launch, message, openPage, screenshot } from '../lib/browser.js';
import { fileCase, staff, staffToken } from '../lib/api.js';
import { addMember, notSignedIn, signIn, switchLanguage, tabTo } from '../lib/console.js';
import { typeDate } from '../lib/person.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const provider = 'key-systems';

// Three complaints: one handled to its end with an outcome, one
// acknowledged, one not yet touched.
async function casesToCount() {
  const token = staffToken(provider);
  const references = [];
  for (const name of ['Jonas Becker', 'Lena Vogel', 'Paul Richter']) {
    const receipt = await fileCase(provider, {
      kind: 'complaint',
      lang: 'de',
      fields: {
        full_name: name,
        email: `${name.split(' ')[0].toLowerCase()}-${Date.now()}@example.de`,
        domain_names: ['example.de'],
        description: 'Die Domain wurde nicht verlängert.',
      },
    });
    references.push(receipt.reference);
  }
  const step = (reference, event, extra = {}) =>
    staff(token, `/cases/${reference}/events`, { event, message: 'Wir haben Ihre Beschwerde geprüft.', ...extra });
  await step(references[0], 'acknowledged');
  await step(references[0], 'responded');
  await step(references[0], 'resolved', { outcome: 'upheld' });
  await step(references[1], 'acknowledged');
  return token;
}

// The number in the row of the figures table headed `label`.
async function figure(page, label) {
  const row = page.locator('.figures-of-kind .figures tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) }).first();
  return Number((await row.locator('td').textContent()).replace(/[^\d]/g, ''));
}

async function checked(page, name) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await accessibilityViolations(page), [], `${name} ${scheme}`);
    await screenshot(page, `staff-report-${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// A CSV file's rows, each split into cells (the sheets hold no commas in a cell).
function rows(text) {
  return text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((line) => line.split(','));
}

test('a member reads the quarter’s report by keyboard, chooses dates, changes language and opens the sheets', async () => {
  const token = await casesToCount();
  const email = `rita-${Date.now()}@key-systems.example`;
  addMember(provider, email, 'Rita Krause');
  for (const width of [1280, 375]) {
    const { context, page, problems } = await openPage(browser, { width });
    await signIn(page, email);
    // From the queue to the reports by the console's own links.
    await tabTo(page, `a[href="/staff/reports"]`);
    await page.keyboard.press('Enter');
    await page.locator('#report-summary').waitFor();
    assert.equal(await page.locator('a[aria-current="page"]').textContent(), message('en', 'staff', 'staff-nav-reports'));

    // This quarter, as the API counts it.
    const api = await staff(token, '/report?from=2026-10-01&to=2026-12-31');
    const complaints = api.kinds.find((kind) => kind.kind === 'complaint');
    assert.ok(complaints.received >= 3 && complaints.closed >= 1 && complaints.upheld >= 1, JSON.stringify(complaints));
    assert.equal(await figure(page, message('en', 'staff', 'staff-report-received')), complaints.received);
    assert.equal(await figure(page, message('en', 'staff', 'staff-report-upheld')), complaints.upheld);
    assert.equal(await figure(page, message('en', 'staff', 'staff-report-open-end')), complaints.open_at_end);
    // The complaint's deadlines, a column each with its counts in rows.
    const deadlines = page.locator('section[aria-labelledby="figures-complaint"] .figures__scroll');
    const dueRow = deadlines.locator('tr', { has: page.locator('th', { hasText: message('en', 'staff', 'staff-report-fell-due') }) });
    assert.deepEqual((await dueRow.locator('td').allTextContents()).map(Number), complaints.deadlines.map((d) => d.fell_due));
    // On a phone, three deadlines with long names may still be wider than
    // the screen: the region then scrolls, and takes the keyboard's focus.
    if (width === 1280) {
      assert.ok(await deadlines.evaluate((table) => table.scrollWidth <= table.clientWidth), 'the deadlines fit');
    } else {
      assert.equal(await deadlines.getAttribute('tabindex'), '0');
    }
    // Three charts, each with its numbers as a table, folded until opened.
    assert.equal(await page.locator('section.chart svg.chart__drawing').count() >= 3, true);
    assert.equal(await page.locator('section.chart details.chart__numbers table').count() >= 3, true);
    const weeks = page.locator('section[aria-labelledby="chart-weeks"] table tbody tr');
    assert.equal(await weeks.first().isVisible(), false);
    await tabTo(page, 'section[aria-labelledby="chart-weeks"] summary');
    await page.keyboard.press('Enter');
    await weeks.first().waitFor();
    assert.equal(await weeks.count(), api.charts.weeks.length);
    const received = (row) => row.locator('td').first().textContent();
    const busiest = Math.max(...api.charts.weeks.map((week) => week.received));
    assert.ok((await Promise.all((await weeks.all()).map(received))).map(Number).includes(busiest));
    await checked(page, `quarter-en-${width}`);
    // Nothing makes the page wider than the screen.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width);

    // Dates of their own: the last day before the first is refused beside
    // its field, then corrected.
    await tabTo(page, '#report-period');
    await page.keyboard.press('End');
    await page.locator('#report-from').waitFor();
    await typeDate(page, '#report-from', '2026-10-01');
    await typeDate(page, '#report-to', '2026-07-01');
    await page.keyboard.press('Enter');
    await page.locator('#report-to-error').waitFor();
    assert.ok((await page.locator('#report-to-error').textContent()).includes(message('en', 'staff', 'staff-report-error-range')));
    assert.ok(await page.locator('.error-summary').isVisible());
    await typeDate(page, '#report-to', '2026-11-30');
    await page.keyboard.press('Enter');
    await page.locator('#report-heading', { hasText: '30 November 2026' }).waitFor();
    assert.equal(await page.locator('#report-to-error').count(), 0);
    const november = await staff(token, '/report?from=2026-10-01&to=2026-11-30');
    const inNovember = november.kinds.find((kind) => kind.kind === 'complaint').received;
    assert.equal(await figure(page, message('en', 'staff', 'staff-report-received')), inNovember);

    // Another language keeps the dates and shows the same report in it.
    await switchLanguage(page, 'fr');
    await page.locator('h1', { hasText: message('fr', 'staff', 'staff-report-title') }).waitFor();
    await page.locator('#report-heading', { hasText: '30 novembre 2026' }).waitFor();
    assert.equal(await page.locator('#report-to').inputValue(), '2026-11-30');
    assert.equal(await figure(page, message('fr', 'staff', 'staff-report-received')), inNovember);
    await checked(page, `dates-fr-${width}`);

    // The address holds the period: opened in another tab, as a bookmark or
    // a colleague's link is, it shows the same report.
    assert.ok(page.url().includes('from=2026-10-01&to=2026-11-30'), page.url());
    const tab = await context.newPage();
    await tab.goto(page.url());
    await tab.locator('#report-heading', { hasText: '30 novembre 2026' }).waitFor();
    assert.equal(await tab.locator('#report-period').inputValue(), 'dates');
    await tab.close();

    // The two sheets, as the links give them.
    const sheets = await page.evaluate(async () => {
      const links = [...document.querySelectorAll('.report-downloads a')];
      return Promise.all(links.map(async (link) => {
        const response = await fetch(link.href);
        return { href: link.getAttribute('href'), type: response.headers.get('content-type'), text: await response.text() };
      }));
    });
    assert.equal(sheets.length, 2);
    for (const sheet of sheets) {
      assert.equal(sheet.type, 'text/csv; charset=utf-8', sheet.href);
      const table = rows(sheet.text);
      assert.ok(table.every((row) => row.length === table[0].length), `${sheet.href}: every row as wide as its header`);
    }
    const returned = rows(sheets.find((sheet) => sheet.href.includes('return.csv')).text);
    const complaintRow = returned.find((row) => row[2] === 'complaint');
    assert.equal(Number(complaintRow[returned[0].indexOf('opened')]), inNovember);
    const figures = rows(sheets.find((sheet) => sheet.href.startsWith('/api/staff/report.csv')).text);
    assert.deepEqual(figures[0], ['from', 'to', 'kind', 'figure', 'deadline', 'value']);
    assert.ok(figures.some((row) => row[2] === 'complaint' && row[3] === 'received' && Number(row[5]) === inNovember));

    assert.deepEqual(problems.filter((p) => !notSignedIn(p)), []);
    await context.close();
  }
});
