// The minima-effectrapportage end to end: the report for Ommen, Kampen and the national
// default, the Ommen couple's fall at 125→130% marked in words, the what-if reached and
// filled with the keyboard, the CSV made in the page, 320 px, axe-core, and the English page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, axe, screenshot, tabTo, typeInto, useBrowser } from './harness.mjs';

const env = useBrowser();

/** Submits the form and waits for the report; returns the milliseconds it took. */
async function report(page) {
  const start = await page.evaluate(() => performance.now());
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.activeElement?.matches('.rh-result h2'));
  return (await page.evaluate(() => performance.now())) - start;
}

/** The CSV behind a download link, as text without the byte-order mark. */
async function csvOf(page, selector) {
  const href = await page.getAttribute(selector, 'href');
  assert.match(href, /^data:text\/csv;charset=utf-8,/);
  return decodeURIComponent(href.slice(href.indexOf(',') + 1)).replace(/^\uFEFF/, '');
}

test('minima-effect: Ommen, the couple keeps less from 125% to 130% because of the zorgverzekering', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'minima-effect/');
  assert.deepEqual(await axe(page), [], 'empty form');
  // The rents are filled in with the example rent.
  assert.match(await page.inputValue('#rh-me-rent-paar'), /^\d+\.\d\d$/);
  await page.selectOption('#rh-me-gemeente', 'ommen');
  const ms = await report(page);
  console.log(`# minima-effect report for Ommen rendered in ${Math.round(ms)} ms`);
  assert.match(await page.textContent('.rh-result h2'), /Rapport voor Ommen/);
  assert.equal(await page.locator('.rh-household').count(), 7);
  assert.match(await page.textContent('.rh-result'), /huishoudens minder over/);
  const fall = page.locator('#rh-me-t-paar tr.rh-fall');
  assert.equal(await fall.count(), 1);
  assert.equal(await fall.getAttribute('data-pct'), '130');
  assert.match(await fall.textContent(), /Minder over: .*collectieve zorgverzekering/);
  const said = await page.textContent('#rh-me-h-paar ~ .rh-falls, .rh-household:has(#rh-me-h-paar) .rh-falls');
  assert.match(said, /tussen 125% en 130%.*collectieve zorgverzekering.*inkomensgrens 130%/);
  // The chart marks the fall with a word, and says the table holds its numbers.
  assert.match(await page.textContent('#rh-me-c-paar-desc'), /stappen met minder over: 1/);
  assert.equal(await page.getAttribute('.rh-household:has(#rh-me-h-paar) svg', 'aria-describedby'), 'rh-me-t-paar');
  // The CSV: a header, then 7 households × 11 levels.
  const csv = (await csvOf(page, 'a.rh-csv')).trim().split('\r\n');
  assert.match(csv[0], /^"Gemeente";"Regels van";"Huishouden";"% van de bijstandsnorm";"Uren per week \(minimumloon\)";"Brutoloon per maand";.*"Netto huishouden per maand";"Verschil met de stap ervoor"$/);
  assert.equal(csv.length, 1 + 7 * 11);
  assert.match(csv[1], /^"Ommen";\d{4}-\d\d-\d\d;"Alleenstaande";100;0;0,00;/);
  assert.match(await page.getAttribute('a.rh-csv', 'download'), /^minima-effect-ommen-\d{4}-\d\d-\d\d\.csv$/);
  assert.deepEqual(await axe(page), [], 'with the report');
  await screenshot(page, 'minima-effect-ommen');
  // Nothing was sent anywhere: every request stays on this server.
  assert.deepEqual(page.requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith('data:')), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('minima-effect: the what-if is reached with the keyboard and shown next to the rules in force', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'minima-effect/');
  await page.selectOption('#rh-me-gemeente', 'ommen');
  await typeInto(page, 'rh-me-zorg-limit', '150');
  await tabTo(page, 'rh-me-iit-limit');
  await tabTo(page, 'rh-me-participatie-limit');
  // Enter in a field submits the form.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('.rh-result h2'));
  assert.match(await page.textContent('.rh-scenario'), /Collectieve zorgverzekering: inkomensgrens 150% van de bijstandsnorm \(de regel nu: 130%\)/);
  assert.match(await page.textContent('.rh-scenario'), /niet de regels van nu/);
  assert.equal(await page.getAttribute('#rh-me-s-paar tr.rh-fall', 'data-pct'), '150');
  assert.equal(await page.getAttribute('#rh-me-t-paar tr.rh-fall', 'data-pct'), '130');
  assert.equal(await page.locator('a.rh-csv').count(), 2);
  // The scenario is in the share link (the fragment, never sent), and opening it restores it.
  const link = await page.inputValue('#rh-me-share-link');
  assert.match(link, /#\/minima-effect\?.*zorg_limit=150/);
  assert.deepEqual(await axe(page), [], 'with the scenario');
  const again = await newPage(env.browser);
  await again.goto(link);
  await again.waitForSelector('.rh-scenario');
  assert.equal(await again.inputValue('#rh-me-zorg-limit'), '150');
  await again.context().close();
  await screenshot(page, 'minima-effect-scenario');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('minima-effect: Kampen and the national default render; 320 px does not scroll sideways', async () => {
  const page = await newPage(env.browser, { viewport: { width: 320, height: 800 } });
  await open(page, env.server.url, 'minima-effect/');
  for (const g of ['kampen', 'landelijk']) {
    await page.selectOption('#rh-me-gemeente', g);
    await report(page);
    assert.equal(await page.locator('.rh-household').count(), 7, g);
    assert.equal(await page.locator('.rh-household table tbody tr').count(), 77, g);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), `${g}: no sideways scroll`);
  }
  assert.deepEqual(await axe(page), [], '320 px');
  await screenshot(page, 'minima-effect-320');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('minima-effect: a wrong limit is named at its field', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'minima-effect/');
  await page.fill('#rh-me-iit-limit', '400');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-error-summary');
  assert.match(await page.textContent('#rh-me-iit-limit-error'), /0 tot 300/);
  assert.deepEqual(await axe(page), [], 'with an error');
  await page.context().close();
});

test('minima-effect: the English page renders, with a CSV for English spreadsheets', async () => {
  const page = await newPage(env.browser, { locale: 'en-GB' });
  await open(page, env.server.url, 'en/minima-effect/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.selectOption('#rh-me-gemeente', 'ommen');
  await report(page);
  assert.match(await page.textContent('.rh-result h2'), /Report for Ommen/);
  assert.match(await page.textContent('#rh-me-t-paar tr.rh-fall'), /Less left:/);
  const csv = await csvOf(page, 'a.rh-csv');
  assert.match(csv.split('\r\n')[0], /^"Gemeente","Rules of","Household","% of the bijstand norm",/);
  assert.deepEqual(await axe(page), [], 'English report');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('minima-effect: the rules page links to the report', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, '#/regels');
  const a = page.locator('a[href="minima-effect/"]');
  assert.equal(await a.count(), 1);
  await a.click();
  await page.waitForSelector('#rh-me-title');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('minima-effect: the whole report computes in a fraction of a second in the browser', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'api/');
  const ms = await page.evaluate(() => {
    const api = window.wasmBindings;
    api.minimaEffect({ gemeente: 'ommen', date: '2026-07-01' });
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      api.minimaEffect({ gemeente: 'ommen', date: '2026-07-01' });
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[2];
  });
  console.log(`# minimaEffect (7 households x 11 levels + 0-40 h curves) in the browser: median ${ms.toFixed(1)} ms`);
  assert.ok(ms < 1000, `${ms} ms`);
  await page.context().close();
});

test('minima-effect: prints as a council document (A4 landscape) with the rule date, sources and unverified values', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'minima-effect/');
  // The language switch leads to the same report in English.
  assert.match(await page.getAttribute('.rh-lang a[hreflang="en"]', 'href'), /en\/minima-effect\/$/);
  await page.selectOption('#rh-me-gemeente', 'ommen');
  await report(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.ok(await page.evaluate(() => document.querySelector('.rh-report-sources').open), 'the sources open for print');
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.evaluate((s) => getComputedStyle(document.querySelector(s)).display !== 'none', sel);
  assert.equal(await shown('.rh-report form'), false, 'the form does not print');
  assert.equal(await shown('.rh-export'), false, 'the download links do not print');
  for (const sel of ['.rh-result h2', '.rh-not-verified', '.rh-report-sources .rh-sources', '.rh-footer']) assert.ok(await shown(sel), `${sel} prints`);
  assert.match(await page.textContent('.rh-result h2'), /regels van \d+ \w+ \d{4}/);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // A4 landscape: 842 x 595 points (wider than high).
  const [w, h] = (text.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/) ?? []).slice(1).map(Number);
  assert.ok(Math.abs(w - 842) < 1 && Math.abs(h - 595) < 1, `A4 landscape: ${w} x ${h}`);
  console.log(`# minima-effect print: ${pages} A4 landscape pages`);
  assert.ok(pages >= 8, `a page per household and the summary: ${pages}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
