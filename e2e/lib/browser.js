// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core, a record of every console error, page error and CSP
// violation, and axe-core accessibility checks.

import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
export const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
// The day the tests run on: the server's clock starts at REDRESS_NOW (set by
// `cargo xtask test`) and the browser's date is held at it, so that every
// date a test sees is the same whatever the day it runs.
export const now = new Date(process.env.REDRESS_NOW ?? Date.now());
// The portal's languages are the folders of locales/, English first.
export const languages = readdirSync(join(repoRoot, 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

export async function launch({ extraArgs = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

// A page whose problems are collected: console errors, uncaught errors and
// Content-Security-Policy violations. Tests assert the list stays empty.
export async function openPage(browser, { locale = 'en-GB', width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  if (process.env.REDRESS_NOW) await context.clock.setFixedTime(now);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { context, page, problems };
}

// axe-core violations as readable lines (empty when the page passes).
export async function accessibilityViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

// A message's text from locales/<lang>/<file>.ftl, so tests follow the
// translations instead of repeating them. Where it chooses words by a
// variable (`{ $kind -> [inquiry] … *[other] … }`, a whole message or a
// word inside a sentence), the choice is `variant`'s, or the default;
// variables in the text stay as they are.
export function message(lang, file, id, variant) {
  const lines = readFileSync(join(repoRoot, 'locales', lang, `${file}.ftl`), 'utf8').split('\n');
  const start = lines.findIndex((l) => l === `${id} =` || l.startsWith(`${id} = `));
  if (start < 0) throw new Error(`no message ${id} in locales/${lang}/${file}.ftl`);
  const body = [lines[start].slice(id.length + 2)];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(' ')) break;
    body.push(line);
  }
  const select = /\{\s*\$\w+\s*->\s*\n((?:\s*\*?\[[^\]]+\][^\n]*\n)+)\s*\}/;
  let text = body.join('\n');
  for (let match = text.match(select); match; match = text.match(select)) {
    const variants = new Map();
    let fallback;
    for (const line of match[1].split('\n')) {
      const found = line.match(/^\s*(\*?)\[([^\]]+)\] (.*)$/);
      if (!found) continue;
      variants.set(found[2], found[3].trim());
      if (found[1]) fallback = found[3].trim();
    }
    text = text.replace(match[0], variants.get(variant) ?? fallback);
  }
  return text.trim();
}

export async function screenshot(page, name) {
  const dir = join(repoRoot, 'e2e', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
