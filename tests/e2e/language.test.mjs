// Languages: every tool in English (its own bundle, dist/en/), the switch between languages
// keeps what the user typed (standalone and embedded in a host page), and the layout is
// ready for a right-to-left language (logical CSS properties only, no overflow when the
// direction flips).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, open, axe, screenshot, useBrowser, root, CSP } from './harness.mjs';
const env = useBrowser((p) => (p.includes('gemeente-ommen') ? { 'content-security-policy': CSP } : {}));

// Common Dutch words that an English sentence never has. Dutch legal terms that the English
// version keeps on purpose (bijstand, zorgtoeslag, …) are not in this list.
const DUTCH = /\b(het|een|uw|niet|wordt|maand|maanden|jaar|heeft|hebt|deze|naar|kunt|bij|voor|wat|geen|alleen|gemeente\s+\w+\s+is)\b/gi;

/** The visible text of the app without links (law citations and Dutch document titles stay
 *  Dutch on purpose), form values and parts marked lang="nl". */
async function proseOf(page) {
  return page.evaluate(() => {
    const copy = document.querySelector('.rh').cloneNode(true);
    copy.querySelectorAll('a, select, option, input, [lang="nl"], [hidden]').forEach((e) => e.remove());
    copy.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    return copy.textContent.replace(/\s+/g, ' ');
  });
}

// Names of Dutch laws stay Dutch in every language ("Wet op het kindgebonden budget").
const LAW_NAMES = /\b(Wet op het [a-z]+( [a-z]+)?|Wet [a-z]+ [a-z]+)\b/g;

function dutchIn(prose) {
  const text = prose.replace(LAW_NAMES, '');
  return [...text.matchAll(DUTCH)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40));
}

const forms = {
  werkgever: async (page) => {
    await page.fill('#rh-wg-contract-hours', '36');
    await page.fill('#rh-wg-age', '30');
    await page.fill('#rh-wg-loonwaarde', '60');
  },
  inwoner: async (page) => {
    await page.selectOption('#rh-aw-gemeente', 'ommen').catch(() => page.fill('#rh-aw-gemeente', 'Ommen'));
    await page.fill('#rh-aw-age', '35');
    await page.fill('#rh-aw-rent', '650');
    await page.fill('#rh-aw-vermogen', '0');
    await page.fill('#rh-aw-start-date', '2026-12-01');
    await page.fill('#rh-aw-hours', '24');
  },
  inkomenstoeslag: async (page) => {
    await page.fill('#rh-iit-age', '45');
    await page.fill('#rh-iit-low-income-months', '40');
    await page.fill('#rh-iit-vermogen', '0');
  },
};

for (const [tool, fill] of Object.entries(forms)) {
  test(`English: ${tool} in English, with a result, accessible, no Dutch sentences`, async () => {
    const page = await newPage(env.browser, { locale: 'en-GB' });
    await open(page, env.server.url, `en/${tool}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('.rh', 'lang'), 'en');
    assert.equal(await page.getAttribute('.rh', 'dir'), 'ltr');
    assert.deepEqual(await axe(page), [], 'empty form');
    await page.click('button[type=submit]');
    await page.waitForSelector('.rh-error-summary, .rh-result h2');
    await fill(page);
    await page.click('button[type=submit]');
    await page.waitForSelector('.rh-result h2');
    const prose = await proseOf(page);
    assert.match(prose, /This is an estimate|not a decision/i, 'the disclaimer in English');
    assert.deepEqual(dutchIn(prose), [], 'Dutch words in the English page');
    assert.match(prose, /€\d{1,3}(,\d{3})*\.\d\d/, 'amounts written the English way');
    assert.deepEqual(await axe(page), [], 'with result');
    await screenshot(page, `en-${tool}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('English: the start page and the rules page', async () => {
  const page = await newPage(env.browser, { locale: 'en-GB' });
  await open(page, env.server.url, 'en/#/regels');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const prose = await proseOf(page);
  assert.deepEqual(dutchIn(prose), [], 'Dutch words on the English rules page');
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test('switch: a standalone page keeps what was typed, and sends none of it', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'inwoner/');
  await page.fill('#rh-aw-age', '35');
  await page.fill('#rh-aw-rent', '650');
  await page.fill('#rh-aw-hours', '24');
  const link = page.locator('.rh-lang a[lang="en"]');
  assert.equal((await link.textContent()).trim(), 'English');
  await link.click();
  await page.waitForURL(/\/en\/inwoner\/#/);
  await page.waitForSelector('.rh[lang="en"] h1');
  assert.equal(await page.inputValue('#rh-aw-age'), '35');
  assert.equal(await page.inputValue('#rh-aw-rent'), '650');
  assert.equal(await page.inputValue('#rh-aw-hours'), '24');
  assert.deepEqual(page.requests.filter((u) => /650|rent=/.test(u)), [], 'inputs only in the fragment');
  // And back.
  await page.click('.rh-lang a[lang="nl"]');
  await page.waitForURL(/127\.0\.0\.1:\d+\/inwoner\/#/);
  await page.waitForSelector('.rh[lang="nl"] h1');
  assert.equal(await page.inputValue('#rh-aw-rent'), '650');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('switch: embedded in a host page, the tool changes language in place under a strict CSP', async () => {
  const page = await newPage(env.browser);
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`${env.server.url}voorbeeld/gemeente-ommen.html`);
  await page.waitForSelector('[data-tool="werkgever"] .rh h3');
  await page.waitForSelector('[data-tool="inkomenstoeslag"] .rh h3');
  const url = page.url();
  await page.fill('#rh-wg-age', '30');
  await page.fill('#rh-wg-loonwaarde', '60');
  await page.click('[data-tool="werkgever"] .rh-lang a[lang="en"]');
  await page.waitForSelector('[data-tool="werkgever"][data-lang="en"] .rh[lang="en"] h3');
  assert.equal(page.url(), url, 'the host page stays');
  assert.equal(await page.inputValue('#rh-wg-age'), '30');
  assert.equal(await page.inputValue('#rh-wg-loonwaarde'), '60');
  assert.match(await page.textContent('#rh-wg-gemeente'), /Ommen/, 'data-gemeente and its lock still apply');
  assert.equal(await page.getAttribute('[data-tool="inkomenstoeslag"] .rh', 'lang'), 'nl', 'the other tool is untouched');
  await page.waitForFunction(() => document.activeElement?.matches('[data-tool="werkgever"] .rh-lang a'));
  assert.equal(await page.locator('[data-tool="werkgever"] .rh').count(), 1);
  // And back to Dutch, with the module already loaded.
  await page.click('[data-tool="werkgever"] .rh-lang a[lang="nl"]');
  await page.waitForSelector('[data-tool="werkgever"][data-lang="nl"] .rh[lang="nl"] h3');
  assert.equal(await page.inputValue('#rh-wg-age'), '30');
  const ids = await page.evaluate(() => { const all = [...document.querySelectorAll('[id]')].map((e) => e.id); return all.filter((id, i) => all.indexOf(id) !== i); });
  assert.deepEqual(ids, [], 'no duplicate ids');
  assert.deepEqual(violations, [], 'no CSP violations');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('right-to-left: the stylesheet uses logical properties only', () => {
  const css = fs.readFileSync(path.join(root, 'www', 'style.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const physical = css.match(/(^|[;{\s])((margin|padding|border)-(left|right)[\w-]*|left|right|float|text-align:\s*(left|right))\s*:/gm) || [];
  assert.deepEqual(physical, [], 'use margin-inline-start, inset-inline-end, text-align: start, …');
});

test('right-to-left: the tools lay out without overflow when the direction flips (320 px)', async () => {
  for (const tool of Object.keys(forms)) {
    const page = await newPage(env.browser, { viewport: { width: 320, height: 800 } });
    await open(page, env.server.url, `${tool}/`);
    await page.evaluate(() => document.querySelectorAll('.rh').forEach((e) => e.setAttribute('dir', 'rtl')));
    await forms[tool](page);
    await page.click('button[type=submit]');
    await page.waitForSelector('.rh-result h2');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${tool}: ${overflow} px wider than the screen in rtl`);
    await screenshot(page, `rtl-${tool}-320`);
    await page.context().close();
  }
});
