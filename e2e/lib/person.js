// Using the app's pages as a person does: reading the heading, pressing the
// form's button, typing key by key, and answering page after page.

import assert from 'node:assert/strict';

export async function heading(page) {
  return (await page.locator('h1').textContent()).trim();
}

// Presses the form's button and waits until the next page's heading has
// replaced this one's (or the error summary has appeared).
export async function next(page) {
  const before = await heading(page);
  await page.locator('form button[type="submit"]').click();
  await page.waitForFunction((old) => {
    const h1 = document.querySelector('h1');
    return (h1 && h1.textContent.trim() !== old) || document.querySelector('.error-summary');
  }, before);
}

// Types into a field as a person does, key by key, over whatever it held,
// and checks the field kept every key and the focus.
export async function typeInto(page, selector, text) {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  assert.equal(await page.inputValue(selector), text);
  assert.equal(await page.evaluate(() => `#${document.activeElement.id}`), selector);
}

// Answers each page of the wizard with those of `answers` (selector → text)
// it asks and that are still empty, and goes on, until `done(page)` holds
// (at most `pages` pages).
export async function answerPages(page, answers, done, pages = 10) {
  for (let count = 0; count < pages && !(await done(page)); count += 1) {
    for (const [selector, text] of Object.entries(answers)) {
      const field = page.locator(`${selector}:visible`);
      if (await field.count() && !(await field.inputValue())) await typeInto(page, selector, text);
    }
    await next(page);
  }
}

// Whether a page's date fields take the month first, as the browser's own
// language lays them out (not the page's): learnt from the first date typed.
const monthFirst = new WeakMap();

// Types `iso` (YYYY-MM-DD) into the date field `selector` from its first
// part, key by key, in the order the field shows its parts; a person reads
// that order off the field, a test learns it from its first try.
export async function typeDate(page, selector, iso) {
  const [year, month, day] = iso.split('-');
  const field = page.locator(selector);
  const typeFrom = async (digits) => {
    await field.click({ position: { x: 12, y: 12 } });
    await page.keyboard.type(digits);
  };
  if (!monthFirst.has(page)) {
    await typeFrom(`${day}${month}${year}`);
    monthFirst.set(page, (await field.inputValue()) !== iso);
  }
  if (monthFirst.get(page) || (await field.inputValue()) !== iso) {
    await typeFrom(monthFirst.get(page) ? `${month}${day}${year}` : `${day}${month}${year}`);
  }
  assert.equal(await field.inputValue(), iso);
}
