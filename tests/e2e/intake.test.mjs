// The intake end to end: a klantmanager fills one household once, with the keyboard; every
// answer equals what the separate tool gives for the same household (opened from the intake's
// own links); the client's overview prints on at most 2 A4 pages, in Dutch or English; the share
// link restores everything; axe-core finds nothing; it works on a 390 px phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, axe, screenshot, tabTo, typeInto, typeDate, useBrowser } from './harness.mjs';

const env = useBrowser();

/** An Ommen single parent of 38 with children of 6 and 19, rent € 700, 40 months on
 *  bijstand; a job of 20 hours, loonwaarde 70%. Typed with the keyboard only. */
async function fillOmmen(page) {
  await tabTo(page, 'rh-in-gemeente');
  await page.keyboard.type('Ommen');
  await typeDate(page, 'rh-in-date', '2026-12-01');
  await tabTo(page, 'rh-in-leefvorm-alleenstaande_ouder');
  await page.keyboard.press('Space');
  await typeInto(page, 'rh-in-age', '38');
  await typeInto(page, 'rh-in-children', '6, 19');
  await typeInto(page, 'rh-in-rent', '700');
  await typeInto(page, 'rh-in-vermogen', '500');
  await typeInto(page, 'rh-in-low-income-months', '40');
  await tabTo(page, 'rh-in-prospects-geen');
  await page.keyboard.press('Space');
  await typeInto(page, 'rh-in-hours', '20');
  await typeInto(page, 'rh-in-loonwaarde', '70');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('.rh-result h2'));
}

/** Pages in a PDF of the page as printed now. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const text = (page, selector) => page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim());

/** Opens the intake's link to a separate tool and returns that page once it shows its result. */
async function follow(page, label) {
  const href = await page.evaluate((label) => [...document.querySelectorAll('.rh-open-in a')].find((a) => a.textContent.includes(label))?.href, label);
  assert.ok(href, `a link "${label}"`);
  const tool = await newPage(env.browser);
  await tool.goto(href);
  await tool.waitForSelector('.rh-result h2');
  return tool;
}

test('intake: one Ommen household, every answer equal to the separate tools', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'intake/');
  assert.deepEqual(await axe(page), [], 'empty form');
  await fillOmmen(page);

  // Answer first: does work pay, with the comparison of the resident tool.
  const intakeCompare = await text(page, '#rh-aw-compare');
  const intakeHeadline = await text(page, '.rh-intake .rh-result h2');
  assert.match(intakeHeadline, /Met deze baan heeft u vanaf maand \d+ ongeveer € [\d.]+ per maand (meer|minder)|evenveel/);
  const inwoner = await follow(page, 'Gaat werken lonen');
  assert.equal(await text(inwoner, '#rh-aw-compare'), intakeCompare, 'the resident tool shows the same comparison');
  assert.equal(await text(inwoner, '.rh-result h2'), intakeHeadline);
  await inwoner.context().close();

  // The IIT check, condition by condition, and its amount.
  const conditions = await page.$$eval('.rh-intake .rh-condition', (els) => els.map((e) => `${e.dataset.key}: ${e.querySelector('strong').textContent}`));
  assert.ok(conditions.length >= 5, conditions.join('\n'));
  const iit = await follow(page, 'inkomenstoeslag-check');
  assert.deepEqual(await iit.$$eval('.rh-condition', (els) => els.map((e) => `${e.dataset.key}: ${e.querySelector('strong').textContent}`)), conditions);
  const iitAmount = await text(iit, '.rh-result tr[data-key="iit.amount"] td');
  assert.equal(await text(page, '.rh-intake tr[data-key="iit.amount"] td'), iitAmount);
  await iit.context().close();

  // What to apply for now: the toeslagen of now with the resident tool's amounts, and the IIT.
  const apply = await page.$$eval('.rh-apply-now li', (els) => els.map((e) => e.dataset.key));
  assert.ok(apply.includes('zorgtoeslag.monthly') && apply.includes('huurtoeslag.monthly') && apply.includes('iit.amount'), apply.join(', '));
  const zorgNow = await page.$eval('#rh-aw-compare tr[data-key="zorgtoeslag.monthly"] td', (td) => td.textContent);
  assert.ok((await text(page, '.rh-apply-now li[data-key="zorgtoeslag.monthly"]')).includes(zorgNow.trim()), 'the same zorgtoeslag as the comparison');
  assert.match(await text(page, '.rh-intake .rh-contact'), /Ommen/);

  // The employer: the same answer and first month as the employer tool.
  const answer = await text(page, '.rh-intake .rh-big');
  const werkgever = await follow(page, 'werkgevers');
  assert.equal(await text(werkgever, '#rh-wg-answer'), answer);
  const firstMonth = (p, scope) => p.$$eval(`${scope} table.rh-lines tr[data-key]`, (rows) => rows.map((r) => `${r.dataset.key} ${r.querySelector('td')?.textContent}`));
  const intakeFirst = await firstMonth(page, '.rh-intake .rh-print-full');
  assert.ok(intakeFirst.length >= 3);
  const toolFirst = await firstMonth(werkgever, '.rh-result');
  for (const row of intakeFirst) assert.ok(toolFirst.includes(row), `${row} in the employer tool`);
  await werkgever.context().close();

  // The checks for the klantmanager sit next to the answers.
  assert.match(await text(page, '.rh-checks'), /loonheffingskorting/);

  assert.deepEqual(await axe(page), [], 'with every answer');
  await screenshot(page, 'intake-ommen');

  // The client's overview: at most 2 A4 pages, without the klantmanager's notes.
  const pages = await printedPages(page);
  console.log(`print intake (nl): ${pages} A4 pages`);
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.$eval('.rh-checks', (el) => getComputedStyle(el).display), 'none');
  assert.equal(await page.$eval('.rh-footer', (el) => getComputedStyle(el).display), 'block', 'the disclaimer prints');
  await page.emulateMedia({ media: 'screen' });

  // The share link restores the whole intake in a fresh page.
  const link = await page.inputValue('#rh-in-share-link');
  const again = await newPage(env.browser);
  await again.goto(link);
  await again.waitForSelector('.rh-result h2');
  assert.equal(await text(again, '#rh-aw-compare'), intakeCompare);
  assert.equal(await again.inputValue('#rh-in-loonwaarde'), '70');
  await again.context().close();

  // In English, chosen at print time: the language switch carries the intake along.
  await page.click('.rh-lang a[lang="en"]');
  await page.waitForSelector('.rh-result h2');
  assert.match(await text(page, '.rh h1'), /Intake: everything for one household/);
  const english = await printedPages(page);
  console.log(`print intake (en): ${english} A4 pages`);
  assert.ok(english >= 1 && english <= 2, `${english} pages in English`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('intake: errors at the intake fields, once each', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'intake/');
  await page.fill('#rh-in-loonwaarde', '70');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-error-summary');
  const links = await page.$$eval('.rh-error-summary a', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(new Set(links).size, links.length, `one error per field: ${links.join(', ')}`);
  assert.ok(links.includes('#rh-in-age') && links.includes('#rh-in-hours'), links.join(', '));
  assert.match(await page.textContent('#rh-in-age-error'), /leeftijd|Vul/i);
  assert.deepEqual(await axe(page), [], 'with errors');
  await page.context().close();
});

test('intake: a 390 px phone, no sideways scrolling', async () => {
  const page = await newPage(env.browser, { viewport: { width: 390, height: 844 } });
  await open(page, env.server.url, 'intake/');
  await page.selectOption('#rh-in-gemeente', 'ommen');
  await page.fill('#rh-in-age', '45');
  await page.fill('#rh-in-rent', '650');
  await page.fill('#rh-in-vermogen', '0');
  await page.fill('#rh-in-low-income-months', '40');
  await page.check('#rh-in-prospects-geen');
  await page.fill('#rh-in-hours', '24');
  await page.fill('#rh-in-loonwaarde', '60');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-result h2');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 390px`);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'intake-390px');
  await page.context().close();
});
