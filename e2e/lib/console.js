// What the console's browser tests share: adding a member as an operator
// does, the sign-in code the local mail server caught, and moving by Tab.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { baseUrl } from './browser.js';

const mailApi = process.env.MAILDEV_API;

// A member of `provider`'s staff, added as an operator does.
export function addMember(provider, email, name) {
  execFileSync(process.env.REDRESS_BIN, ['staff', 'add', '--provider', provider, '--email', email, '--name', name], {
    env: process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

// Every letter the mail server caught.
export async function caughtLetters() {
  return (await fetch(`${mailApi}/email`)).json();
}

// The letters the mail server caught for `address`.
export async function lettersTo(address) {
  return (await caughtLetters()).filter((l) => l.to.some((to) => to.address === address));
}

// The code of the newest sign-in letter to `address` (within 15 s), once
// more than `seen` of them have come.
export async function codeFor(address, seen = 0) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mine = (await lettersTo(address)).filter((l) => /\b\d{8}\b/.test(l.text));
    if (mine.length > seen) return mine[mine.length - 1].text.match(/\b(\d{8})\b/)[1];
    assert.ok(Date.now() < deadline, `no sign-in code for ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// Presses Tab until `selector` has the focus.
export async function tabTo(page, selector) {
  for (let presses = 0; presses < 120; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${selector} cannot be reached with Tab`);
}

// Signs in on `page` as `email` by keyboard; lands on the queue.
export async function signIn(page, email) {
  await page.goto(`${baseUrl}/staff/sign-in?lang=en`);
  await page.locator('#sign-in-email').waitFor();
  const seen = (await lettersTo(email)).length;
  await tabTo(page, '#sign-in-email');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await page.locator('#sign-in-code').waitFor();
  await tabTo(page, '#sign-in-code');
  await page.keyboard.type(await codeFor(email, seen));
  await page.keyboard.press('Enter');
  await page.locator('#queue-count').waitFor();
}

// The expected answer of a page that asks who is signed in before signing in.
export const notSignedIn = (problem) => problem.includes('401');

// Chooses `lang` in the language menu, opening it first where it is folded
// (narrow screens), as a person does.
export async function switchLanguage(page, lang) {
  const toggle = page.locator('.language-switcher__toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.locator(`.language-switcher__button[lang="${lang}"]`).click();
}
