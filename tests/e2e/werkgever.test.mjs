// The employer tool end to end: fill the form with the keyboard only, read the result,
// check errors at their fields, and run axe-core in every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, axe, screenshot, tabTo, typeInto, typeDate, useBrowser } from './harness.mjs';

const env = useBrowser();



test('werkgever: keyboard-only flow for Kampen gives the public vector and the policy', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'werkgever/');
  assert.deepEqual(await axe(page), [], 'empty form');

  // Gemeente: a select; choose Kampen with the keyboard.
  await tabTo(page, 'rh-wg-gemeente');
  await page.keyboard.type('Kampen');
  await page.evaluate(() => document.getElementById('rh-wg-gemeente').dispatchEvent(new Event('change', { bubbles: true })));
  await typeDate(page, 'rh-wg-start-date', '2026-01-01');
  await typeInto(page, 'rh-wg-contract-hours', '36');
  await typeInto(page, 'rh-wg-age', '30');
  await typeInto(page, 'rh-wg-loonwaarde', '60');
  await tabTo(page, 'rh-wg-employer-charges-pct');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // Focus moves to the result heading once it is rendered.
  await page.waitForFunction(() => document.activeElement?.matches('.rh-result h2'));
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.match(focused, /Uitkomst voor Kampen/);
  const first = await page.textContent('.rh-result tr[data-key="lks.total"] td');
  assert.equal(first.trim(), '€ 1.224,11', 'public vector D1');
  // The answer comes first, in one sentence with whole euros, before any table.
  const answer = await page.textContent('#rh-wg-answer');
  assert.match(answer, /^U betaalt ongeveer € 1\.\d{3} per maand; de gemeente betaalt € 1\.224 loonkostensubsidie per maand\.$/);
  assert.ok(await page.evaluate(() => Boolean(document.getElementById('rh-wg-answer')
    .compareDocumentPosition(document.querySelector('.rh-result table')) & Node.DOCUMENT_POSITION_FOLLOWING)), 'answer before the tables');
  assert.match(await page.textContent('#rh-wg-totals caption'), /eerste 36 maanden/);
  const text = await page.textContent('.rh-result');
  assert.match(text, /Kampen: loonkostensubsidie vanaf 30% loonwaarde/);
  assert.match(text, /Deze baan telt mee voor de banenafspraak/);
  assert.ok(await page.$('svg.rh-chart'), 'chart');
  assert.ok(await page.$('#rh-wg-years'), 'table alternative');
  assert.deepEqual(await axe(page), [], 'with result');
  await screenshot(page, 'werkgever-uitkomst');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('werkgever: errors at their fields, summary focused, input kept', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'werkgever/');
  await page.fill('#rh-wg-contract-hours', '0');
  await page.fill('#rh-wg-age', '19');
  await page.fill('#rh-wg-hourly-wage', '5,00');
  await page.fill('#rh-wg-loonwaarde', '150');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-error-summary');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('rh-error-summary')), true);
  const wageError = await page.textContent('#rh-wg-hourly-wage-error');
  assert.match(wageError, /minimumloon/);
  assert.match(wageError, /€ \d+,\d\d per uur/);
  assert.match(await page.textContent('#rh-wg-loonwaarde-error'), /0 tot en met 100/);
  assert.equal(await page.inputValue('#rh-wg-loonwaarde'), '150');
  assert.equal(await page.getAttribute('#rh-wg-contract-hours', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#rh-wg-contract-hours', 'aria-describedby'), /rh-wg-contract-hours-error/);
  assert.deepEqual(await axe(page), [], 'with errors');
  await screenshot(page, 'werkgever-fouten');
  // Clicking an error in the summary focuses its field.
  await page.click('.rh-error-summary a >> nth=0');
  const active = await page.evaluate(() => document.activeElement?.id);
  assert.match(active, /^rh-wg-/);
  await page.context().close();
});

test('werkgever: Ommen shows its own subsidy as an alternative; 320 px wide works', async () => {
  const page = await newPage(env.browser, { viewport: { width: 320, height: 800 } });
  await open(page, env.server.url, 'werkgever/');
  await page.selectOption('#rh-wg-gemeente', 'ommen');
  await page.fill('#rh-wg-contract-hours', '32');
  await page.fill('#rh-wg-age', '45');
  await page.check('#rh-wg-loonwaarde-known-nee');
  await page.fill('#rh-wg-loonwaarde', '55');
  await page.fill('#rh-wg-contract-months', '12');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-result h2');
  const text = await page.textContent('.rh-result');
  // A 12-month contract: 12 months, one year, totals labelled with the contract.
  assert.match(await page.textContent('#rh-wg-totals caption'), /12 maanden van het contract/);
  assert.equal(await page.locator('#rh-wg-years tbody tr').count(), 1);
  assert.match(text, /Ommen: subsidie voor het in dienst nemen/);
  assert.match(text, /forfaitaire loonkostensubsidie/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 320px`);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'werkgever-320px');
  await page.context().close();
});

test('werkgever: a share link keeps the inputs in the fragment only and restores the result', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'werkgever/');
  await page.selectOption('#rh-wg-gemeente', 'kampen');
  await page.fill('#rh-wg-start-date', '2026-01-01');
  await page.fill('#rh-wg-contract-hours', '36');
  await page.fill('#rh-wg-age', '30');
  await page.fill('#rh-wg-loonwaarde', '60');
  await page.click('button[type=submit]');
  await page.waitForSelector('#rh-wg-share-link');
  const link = await page.inputValue('#rh-wg-share-link');
  const [beforeHash, fragment] = link.split('#');
  assert.ok(!beforeHash.includes('?') && !beforeHash.includes('30'), `nothing before the # : ${beforeHash}`);
  assert.match(fragment, /^\/werkgever\?.*loonwaarde=60/);
  assert.deepEqual(await axe(page), [], 'with share block');
  await page.context().close();

  const again = await newPage(env.browser);
  await again.goto(link);
  await again.waitForSelector('.rh-result tr[data-key="lks.total"] td');
  assert.equal((await again.textContent('.rh-result tr[data-key="lks.total"] td')).trim(), '€ 1.224,11');
  assert.equal(await again.inputValue('#rh-wg-gemeente'), 'kampen');
  assert.deepEqual(again.problems, []);
  await again.context().close();
});
