// The individuele inkomenstoeslag check end to end: keyboard-only, a reason per condition,
// errors at their fields, axe-core in every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, axe, screenshot, tabTo, typeInto, typeDate, useBrowser } from './harness.mjs';

const env = useBrowser();



test('inkomenstoeslag: keyboard-only check for Ommen, a reason per condition', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'inkomenstoeslag/');
  assert.deepEqual(await axe(page), [], 'empty form');
  await tabTo(page, 'rh-iit-gemeente');
  await page.keyboard.type('Ommen');
  await typeDate(page, 'rh-iit-request-date', '2026-11-01');
  await typeInto(page, 'rh-iit-age', '45');
  await typeInto(page, 'rh-iit-low-income-months', '40');
  await typeInto(page, 'rh-iit-vermogen', '500');
  await tabTo(page, 'rh-iit-prospects-geen');
  await page.keyboard.press('Space');
  await tabTo(page, 'rh-iit-last-iit-date');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Focus moves to the result heading once it is rendered.
  await page.waitForFunction(() => document.activeElement?.matches('.rh-result h2'));
  assert.match(await page.evaluate(() => document.activeElement?.textContent), /Uitkomst: Waarschijnlijk wel/);
  const conditions = await page.$$eval('.rh-condition', (els) => els.map((e) => e.textContent));
  assert.ok(conditions.length >= 5);
  for (const c of conditions) assert.match(c, /^(Voldoet|Voldoet niet|Niet te zeggen): /);
  assert.match(await page.textContent('.rh-result tr[data-key="iit.amount"] td'), /€ 387,00/);
  assert.match(await page.textContent('.rh-result'), /niet gecontroleerd/, 'the 2019 amount is marked');
  assert.deepEqual(await axe(page), [], 'with result');
  await screenshot(page, 'inkomenstoeslag-uitkomst');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('inkomenstoeslag: Kampen has unknown rules, so the answer is doubt; errors at fields', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'inkomenstoeslag/');
  await page.selectOption('#rh-iit-gemeente', 'kampen');
  await page.check('#rh-iit-leefvorm-gehuwden');
  await page.fill('#rh-iit-age', '50');
  await page.fill('#rh-iit-low-income-months', '48');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-error-summary');
  assert.match(await page.textContent('#rh-iit-partner-age-error'), /partner/);
  assert.match(await page.textContent('#rh-iit-vermogen-error'), /Vul/);
  assert.deepEqual(await axe(page), [], 'with errors');
  await page.fill('#rh-iit-partner-age', '52');
  await page.fill('#rh-iit-vermogen', '0');
  await page.check('#rh-iit-prospects-geen');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-result h2');
  assert.match(await page.textContent('.rh-result h2'), /Twijfel/);
  assert.match(await page.textContent('.rh-result'), /kennen wij niet/);
  // Where to go: the gemeente's own loket, with the note that it is not yet checked.
  assert.match(await page.textContent('.rh-contact'), /Balie Inkomen en zorg van de gemeente Kampen.*meedoen@kampen\.nl.*nog niet gecontroleerd/s);
  await screenshot(page, 'inkomenstoeslag-kampen');
  await page.context().close();
});

test('inkomenstoeslag: works at 320 px wide (WCAG 1.4.10 reflow)', async () => {
  const page = await newPage(env.browser, { viewport: { width: 320, height: 800 } });
  await open(page, env.server.url, 'inkomenstoeslag/');
  await page.fill('#rh-iit-age', '45');
  await page.fill('#rh-iit-low-income-months', '40');
  await page.fill('#rh-iit-vermogen', '0');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-result h2');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 320px`);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'inkomenstoeslag-320px');
  await page.context().close();
});

test("inkomenstoeslag: the page asks what the gemeente's own verordening needs", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'inkomenstoeslag/');
  await page.selectOption('#rh-iit-gemeente', 'ommen');
  assert.equal(await page.$('#rh-iit-average-income'), null, 'Ommen tests every month');
  await page.selectOption('#rh-iit-gemeente', 'alphen-aan-den-rijn');
  // Alphen: the average over 36 months, more with older children, two exclusions.
  await page.waitForSelector('#rh-iit-average-income');
  assert.ok(await page.$('#rh-iit-children'));
  assert.ok(await page.$('#rh-iit-opleiding-months-ago'));
  assert.ok(await page.$('#rh-iit-arbeidsplicht-months-ago'));
  assert.deepEqual(await axe(page), [], "Alphen's questions");
  await page.context().close();
});
