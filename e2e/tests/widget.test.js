// The widget on a company's page: a host page on its own origin embeds two
// providers' forms with embed.js; the iframe fits its content, a complaint is
// filed and followed inside it, a host that is not allowed cannot frame the
// portal, and a forged height message changes nothing.
//
// The widget's frame changes height with each page, which moves what is
// below it on the host page: buttons are pressed with the keyboard, as a
// click aimed before the move could miss.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { accessibilityViolations, baseUrl, launch, message, openPage, repoRoot, screenshot } from '../lib/browser.js';

const hostPort = Number(process.env.WIDGET_HOST_PORT);
// `localhost` is another site than the portal's 127.0.0.1, as a company's own site would be.
const allowedHost = `http://localhost:${hostPort}`;
// The same server under the portal's address is another origin, one the portal does not allow.
const otherHost = `http://127.0.0.1:${hostPort}`;

// The demonstration page of `cargo xtask run`, pointing at the portal under test.
const hostPage = readFileSync(join(repoRoot, 'tools', 'demo-host', 'index.html'), 'utf8').replaceAll('{{PORTAL}}', baseUrl);

// A company's page with the shortest form of the widget: one script tag,
// with neither a language nor a title, below a screenful of the company's own
// text, so that the widget's spot waits out of view first.
const oneTagPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Contact us</title></head>
<body style="margin:0;font-family:sans-serif"><main><h1>Contact us</h1><p id="intro" style="height:2400px">Our own text.</p>
<script src="${baseUrl}/embed.js" data-provider="kontakt-az" async></script><p id="after">Our footer.</p></main></body></html>`;

// A company's page whose tag names a provider the portal does not run.
const unknownProviderPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Contact</title></head>
<body><main><h1>Contactez-nous</h1><script src="${baseUrl}/embed.js" data-provider="acme-nowhere" data-lang="fr" async></script></main></body></html>`;

let browser;
let host;
before(async () => {
  browser = await launch();
  host = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (request.url.startsWith('/one-tag')) response.end(oneTagPage);
    else if (request.url.startsWith('/unknown')) response.end(unknownProviderPage);
    else response.end(hostPage);
  });
  await new Promise((resolve) => host.listen(hostPort, '127.0.0.1', resolve));
});
after(async () => {
  await browser?.close();
  host?.close();
});

// Waits until the iframe is as tall as the page inside it says it is; both
// may still be settling (a part of the page loading), so both are read again.
// The frame is brought into view first: Chromium pauses the rendering, and
// so the size reports, of a frame from another site that is out of view.
async function fitsItsContent(page, iframe, frame) {
  await iframe.scrollIntoViewIfNeeded();
  let heights = [];
  for (let tries = 0; tries < 100; tries += 1) {
    heights = [await iframe.evaluate((f) => f.getBoundingClientRect().height), await frame.evaluate(() => document.body.offsetHeight)];
    if (Math.abs(heights[0] - heights[1]) <= 1) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame is ${heights[0]} px high, its page ${heights[1]} px`);
}

// The widget's frame, once its iframe has started loading the portal.
async function widget(page, provider) {
  for (let tries = 0; tries < 100; tries += 1) {
    const frame = page.frames().find((f) => f.url().includes(`/embed/${provider}`));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  assert.fail(`no widget for ${provider}`);
}

test('on an allowed host: the widget loads lazily, fits its content, and a complaint is filed and followed in it', async () => {
  assert.ok(hostPort > 0, 'WIDGET_HOST_PORT is set by cargo xtask test');
  // A short window, so that the second widget starts out of reach.
  const { context, page, problems } = await openPage(browser, { height: 600 });
  await page.goto(`${allowedHost}/`);
  const first = page.locator('iframe[title="Kijoma Broadband complaint form"]');
  await first.waitFor();
  // The second widget is far below: not created until the reader scrolls near it.
  assert.equal(await page.locator('iframe').count(), 1);

  const frame = await widget(page, 'kijoma');
  await frame.locator('a.button--start').waitFor();
  // The page reports its height and the iframe takes it.
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '640px');
  const height = await first.evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(height > 200, `height ${height}`);

  // axe-core checks the host page and, inside it, the widget.
  assert.deepEqual(await accessibilityViolations(page), []);

  // A forged message from the host's own origin is ignored.
  await page.evaluate(() => window.postMessage({ type: 'redress:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await first.evaluate((f) => f.getBoundingClientRect().height), height);

  // Inside the widget the company's name is not repeated above the form.
  await frame.locator('a.button--start').press('Enter');
  await frame.locator('#field-full-name').waitFor();
  assert.ok(frame.url().includes('/embed/kijoma/complain'));
  assert.equal(await frame.locator('.caption__provider').count(), 0);
  // The first page of the form is shorter than the company's page before
  // it: the frame shrinks to fit, leaving no blank space on the host page.
  await page.waitForFunction((tall) => document.querySelector('iframe').getBoundingClientRect().height < tall - 100, height);
  await fitsItsContent(page, first, frame);
  const formHeight = await first.evaluate((f) => f.getBoundingClientRect().height);
  // Narrower, the text wraps and the frame grows; wide again, it shrinks back.
  await page.setViewportSize({ width: 375, height: 600 });
  await page.waitForFunction((wide) => document.querySelector('iframe').getBoundingClientRect().height > wide, formHeight);
  const bar = await frame.locator('.widget-bar').evaluate((b) => b.getBoundingClientRect().height);
  assert.ok(bar <= 60, `the widget's bar is ${bar} px high at 375 px`);
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.waitForFunction((wide) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - wide) <= 1, formHeight);
  await frame.fill('#field-full-name', 'Ada Lovelace');
  await frame.locator('form button[type="submit"]').press('Enter');
  await frame.locator('#field-email').waitFor();
  await frame.fill('#field-email', 'ada@example.org');
  // Scrolled down the company's page, the next page of the form is brought into view at its top.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('iframe').getBoundingClientRect().top + window.scrollY + 300));
  assert.ok((await first.evaluate((f) => f.getBoundingClientRect().top)) < 0);
  await frame.locator('form button[type="submit"]').press('Enter');
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().top >= -1);
  for (let pages = 0; pages < 8 && !(await frame.locator('#send').count()); pages += 1) {
    const description = frame.locator('#field-description');
    if (await description.count()) await description.fill('The router restarts every hour.');
    const heading = await frame.locator('h1').textContent();
    await frame.locator('form button[type="submit"]').press('Enter');
    // The next page's heading, or the send button (a page may still be loading, with neither).
    await frame.waitForFunction((old) => {
      const h1 = document.querySelector('h1');
      return (h1 && h1.textContent !== old) || document.querySelector('#send');
    }, heading);
  }
  await frame.locator('#send').press('Enter');
  await frame.locator('#reference').waitFor();
  const reference = (await frame.locator('#reference').textContent()).trim();
  const code = (await frame.locator('#access-code').textContent()).trim();
  await frame.locator('#case-link').click();
  await frame.locator('#milestones').waitFor();
  assert.ok(frame.url().includes('/embed/status/'));
  // The case page belongs to the app's other part, a page load of its own:
  // it still knows its host, so the iframe takes the case page's height.
  assert.equal(new URL(frame.url()).searchParams.get('host'), allowedHost);
  await fitsItsContent(page, first, frame);

  // The status look-up works inside the widget too.
  await frame.locator('.widget-bar__link').click();
  await frame.locator('#lookup-reference').waitFor();
  assert.ok(frame.url().includes('/embed/status'));
  await frame.fill('#lookup-reference', reference);
  await frame.fill('#lookup-code', code);
  await frame.locator('form button[type="submit"]').press('Enter');
  await frame.locator('#milestones').waitFor();
  await screenshot(page, 'widget-host-1280');

  // Scrolling near the second spot creates its widget.
  await page.locator('[data-redress-provider="kite-mobi"]').scrollIntoViewIfNeeded();
  await page.locator('iframe[title="Formulaire de réclamation Kite Mobi"]').waitFor();
  const second = await widget(page, 'kite-mobi');
  await second.locator('a.button--start').waitFor();
  assert.equal(await second.evaluate(() => document.documentElement.lang), 'fr');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a host the provider does not allow cannot frame the portal', async () => {
  const { context, page } = await openPage(browser);
  // The browser says why it refuses: the portal's frame-ancestors.
  const refusals = [];
  page.on('console', (entry) => {
    if (/frame-ancestors/.test(entry.text())) refusals.push(entry.text());
  });
  await page.goto(`${otherHost}/`);
  await page.locator('iframe').first().waitFor();
  // The refusal itself, not the absence of text after a while: the frame
  // shows the browser's error page, and the console names the directive.
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.getAttribute('src')));
  for (let tries = 0; tries < 100 && !(refusals.length && page.frames().some((f) => f.url().startsWith('chrome-error:'))); tries += 1) {
    await page.waitForTimeout(100);
  }
  assert.ok(refusals.some((text) => text.includes(baseUrl)), `no frame-ancestors refusal of the portal: ${JSON.stringify(refusals)}`);
  const portalFrames = page.frames().filter((f) => f !== page.mainFrame() && f.url().startsWith(baseUrl));
  assert.deepEqual(portalFrames.map((f) => f.url()), [], 'no frame holds a portal page');
  await context.close();
});

test('with third-party cookies blocked, the widget still works', async () => {
  const strict = await launch({ extraArgs: ['--test-third-party-cookie-phaseout'] });
  try {
    const { context, page, problems } = await openPage(strict);
    await page.goto(`${allowedHost}/`);
    await page.locator('iframe').first().waitFor();
    const frame = await widget(page, 'kijoma');
    // The widget really is a third party here, and without storage access.
    assert.equal(await frame.evaluate(() => document.hasStorageAccess()), false);
    await frame.locator('a.button--start').click();
    await frame.locator('#field-full-name').waitFor();
    await frame.fill('#field-full-name', 'Ada Lovelace');
    await frame.locator('form button[type="submit"]').press('Enter');
    await frame.locator('#field-email').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await strict.close();
  }
});

test('one script tag on a phone-width page: a spot held at its first height until it nears the view, then the form in the browser\'s language, with a title, fitting the width', async () => {
  const { context, page, problems } = await openPage(browser, { locale: 'de-DE', width: 375, height: 700 });
  await page.goto(`${allowedHost}/one-tag`);
  // The script puts the spot right after itself and holds its height.
  const spot = page.locator('script[data-provider] + div[data-redress-provider="kontakt-az"]');
  await spot.waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('[data-redress-provider]').style.minHeight === '640px');
  assert.equal(await spot.evaluate((s) => s.getBoundingClientRect().height), 640, 'the spot holds the widget\'s first height');
  assert.equal(await page.locator('iframe').count(), 0, 'no frame while the spot is far out of view');
  // Scrolled near, the frame comes, in the spot, and the spot lets go of its height.
  await page.locator('#intro').evaluate((intro) => window.scrollTo(0, intro.offsetHeight - 400));
  const iframe = page.locator('[data-redress-provider] > iframe');
  await iframe.waitFor();
  assert.equal(await iframe.getAttribute('title'), 'Complaint form', 'a frame has a title even when the page gives none');
  assert.equal(await spot.evaluate((s) => s.style.minHeight), '');
  const frame = await widget(page, 'kontakt-az');
  await frame.locator('h1').waitFor();
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de', 'without data-lang, the browser\'s language');
  assert.ok(!new URL(frame.url()).searchParams.has('lang'), frame.url());
  // On a page 375 px wide the form fits the frame, and the frame the page.
  await fitsItsContent(page, iframe, frame);
  const frameWidth = await iframe.evaluate((f) => f.getBoundingClientRect().width);
  assert.equal(frameWidth, 375);
  const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'nothing in the form is wider than the frame');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, 'the host page does not scroll sideways');
  await screenshot(page, 'widget-one-tag-375');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a widget for a provider the portal does not run says so, in the host page\'s language', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${allowedHost}/unknown`);
  const frame = await widget(page, 'acme-nowhere');
  await frame.locator('h1').waitFor();
  assert.equal((await frame.locator('h1').textContent()).trim(), message('fr', 'app', 'not-found-title'));
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'fr');
  assert.deepEqual(problems, []);
  await context.close();
});
