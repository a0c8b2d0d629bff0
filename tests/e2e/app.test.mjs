// End-to-end: the release build in Debian Chromium. Every page: disclaimer, the rule date
// (on the rules page only),
// zero axe-core WCAG 2.1 A/AA violations, no console errors, a screenshot in target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, axe, screenshot, useBrowser } from './harness.mjs';

const env = useBrowser();

// Each tool is its own page and bundle (dist/<tool>/); the start page has the rules page.
const pages = [
  { hash: '', name: 'start', h1: 'Rekenhulp Werk & Inkomen' },
  { hash: 'werkgever/', name: 'werkgever', h1: 'Loonkostensubsidie voor werkgevers' },
  { hash: 'inwoner/', name: 'inwoner', h1: 'Gaat werken lonen?' },
  { hash: 'inkomenstoeslag/', name: 'inkomenstoeslag', h1: 'Individuele inkomenstoeslag' },
  { hash: '#/regels', name: 'regels', h1: 'Regels en bronnen' },
];

for (const p of pages) {
  test(`page ${p.name}: disclaimer, rule date, accessible`, async () => {
    const page = await newPage(env.browser);
    await open(page, env.server.url, p.hash);
    assert.equal((await page.textContent('.rh h1')).trim(), p.h1);
    const text = await page.textContent('.rh');
    assert.match(text, /Dit is een indicatie, geen besluit\. U kunt er geen rechten aan ontlenen\./);
    if (p.name === 'regels') {
      const date = await page.inputValue('#rh-rekendatum');
      assert.match(date, /^\d{4}-\d{2}-\d{2}$/, 'the rule date in use is shown');
      assert.match(text, /Bedragen geldig van \d+ \w+ \d{4} tot en met \d+ \w+ \d{4}\./);
    } else {
      // One date per tool (its own question): no second, free rule date above it.
      assert.equal(await page.$('#rh-rekendatum'), null, 'only the rules page has a free rule date');
    }
    const violations = await axe(page);
    assert.deepEqual(violations, [], `axe violations on ${p.name}:\n${violations.join('\n')}`);
    await screenshot(page, p.name);
    assert.deepEqual(page.problems, [], 'no console errors');
    await page.context().close();
  });
}

test('the start page links to each tool page, and each tool page back', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await page.click('.rh-cards a:has-text("Loonkostensubsidie")');
  await page.waitForFunction(() => document.querySelector('.rh h1')?.textContent === 'Loonkostensubsidie voor werkgevers');
  assert.match(page.url(), /\/werkgever\/$/);
  await page.click('nav a:has-text("Inwoner")');
  await page.waitForFunction(() => document.querySelector('.rh h1')?.textContent === 'Gaat werken lonen?');
  assert.match(page.url(), /\/inwoner\/$/);
  await page.click('nav a:has-text("Regels en bronnen")');
  await page.waitForFunction(() => document.querySelector('.rh h1')?.textContent === 'Regels en bronnen');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('navigation works with the keyboard and moves focus to the new heading', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  // Tab to the "Regels en bronnen" link and press Enter.
  let found = false;
  for (let i = 0; i < 20 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('href') === '#/regels');
  }
  assert.ok(found, 'the rules link is reachable with Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.rh h1')?.textContent === 'Regels en bronnen');
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, 'rh-title');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a rule date outside the known rules is refused at the field, and the text stays', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, '#/regels');
  await page.fill('#rh-rekendatum', '2027-09-01');
  const error = await page.textContent('#rh-rekendatum-error');
  assert.match(error, /nog niet bekend/);
  assert.equal(await page.inputValue('#rh-rekendatum'), '2027-09-01');
  assert.equal(await page.getAttribute('#rh-rekendatum', 'aria-invalid'), 'true');
  const violations = await axe(page);
  assert.deepEqual(violations, [], violations.join('\n'));
  await screenshot(page, 'regels-datumfout');
  // Back to a known date: the rules for 1 July 2026 show up.
  await page.fill('#rh-rekendatum', '2026-07-01');
  await page.waitForSelector('text=€ 1.419,46 per maand');
  await page.context().close();
});

test('typing a date in a tool never empties its form (a year passes through 0002 while typed)', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'inwoner/');
  await page.fill('#rh-aw-age', '35');
  await page.fill('#rh-aw-rent', '1.200');
  await page.fill('#rh-aw-start-date', '0002-07-01');
  await page.click('button[type=submit]');
  await page.waitForSelector('#rh-aw-start-date-error');
  assert.equal(await page.inputValue('#rh-aw-age'), '35');
  assert.equal(await page.inputValue('#rh-aw-rent'), '1.200');
  await page.fill('#rh-aw-start-date', '2026-07-01');
  await page.fill('#rh-aw-vermogen', '0');
  await page.fill('#rh-aw-hours', '20');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-result');
  assert.equal(await page.inputValue('#rh-aw-age'), '35');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the result follows the form as it is typed; a result that no longer matches says so and offers no link', async () => {
  const page = await newPage(env.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await open(page, env.server.url, 'inwoner/');
  await page.fill('#rh-aw-age', '35');
  await page.fill('#rh-aw-rent', '650');
  await page.fill('#rh-aw-vermogen', '0');
  await page.fill('#rh-aw-start-date', '2026-07-01');
  await page.fill('#rh-aw-hours', '8');
  await page.click('button[type=submit]');
  await page.waitForSelector('#rh-aw-share-link');
  assert.match(await page.inputValue('#rh-aw-share-link'), /hours=8(&|$)/);
  const before = await page.textContent('#rh-aw-compare');
  // No button press: the numbers and the link change with the hours.
  await page.fill('#rh-aw-hours', '32');
  await page.waitForFunction(() => /hours=32(&|$)/.test(document.querySelector('#rh-aw-share-link')?.value ?? ''));
  assert.notEqual(await page.textContent('#rh-aw-compare'), before);
  // "1 uur per week meer" next to the answer changes the hours, and the answer follows.
  await page.click('.rh-hours-more');
  assert.equal(await page.inputValue('#rh-aw-hours'), '33');
  await page.waitForFunction(() => /hours=33(&|$)/.test(document.querySelector('#rh-aw-share-link')?.value ?? ''));
  // Input that cannot be calculated: the old result is marked, its link withdrawn.
  await page.fill('#rh-aw-hours', 'veel');
  await page.waitForSelector('.rh-notice[role=status]');
  assert.match(await page.textContent('.rh-notice[role=status]'), /hoort bij wat u eerder invulde/);
  assert.equal(await page.$('#rh-aw-share-link'), null);
  assert.deepEqual(await axe(page), [], 'stale result');
  // Copy gives feedback through a status line.
  await page.fill('#rh-aw-hours', '20');
  await page.waitForSelector('#rh-aw-share-link');
  await page.click('.rh-share button:has-text("Kopieer de link")');
  await page.waitForFunction(() => /gekopieerd/.test(document.querySelector('#rh-aw-share-link-status')?.textContent ?? ''));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a skip link, first in the tab order, leads past the navigation to the page heading', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'inwoner/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'rh-skip');
  assert.match(await page.evaluate(() => document.activeElement?.textContent), /Naar de inhoud/);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rh-aw-title');
  assert.match(page.url(), /\/inwoner\/$/, 'the address stays');
  await page.context().close();
});

test('the rules page lists what each tool rests on, with the rules of the gemeente chosen there', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, '#/regels');
  const sections = await page.locator('.rh-page h2').allTextContents();
  assert.deepEqual(sections.map((t) => t.trim()), ['Werkgever: loonkostensubsidie', 'Inwoner: gaat werken lonen?', 'Individuele inkomenstoeslag']);
  await page.selectOption('#rh-rules-gemeente', 'kampen');
  await page.waitForSelector('text=Regels van de gemeente: Kampen');
  assert.deepEqual(await axe(page), [], 'rules page with a gemeente');
  await page.context().close();
});
