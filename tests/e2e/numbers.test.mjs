// Finding 1 of "Tried as residents…": numbers as Dutch people write them ("1.200", "20.000",
// "1.200,50") give the right amounts in every tool and in the JS API, never € 1,20 or € 20.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, useBrowser } from './harness.mjs';

const env = useBrowser();

test('numbers: "20.000" vermogen is twenty thousand in the IIT check (above a couple\'s € 16.000)', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'inkomenstoeslag/');
  await page.selectOption('#rh-iit-gemeente', 'ommen');
  await page.check('#rh-iit-leefvorm-gehuwden');
  await page.fill('#rh-iit-age', '50');
  await page.fill('#rh-iit-partner-age', '52');
  await page.fill('#rh-iit-low-income-months', '48');
  await page.fill('#rh-iit-vermogen', '20.000');
  await page.check('#rh-iit-prospects-geen');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-result h2');
  assert.match(await page.textContent('.rh-result h2'), /Waarschijnlijk niet/);
  assert.match(await page.textContent('.rh-result'), /20\.000/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('numbers: a rent of "1.200" is twelve hundred in "Gaat werken lonen?" (huurtoeslag on the capped rent)', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'inwoner/');
  await page.fill('#rh-aw-age', '35');
  await page.fill('#rh-aw-rent', '1.200');
  await page.fill('#rh-aw-vermogen', '0');
  await page.fill('#rh-aw-start-date', '2026-07-01');
  await page.fill('#rh-aw-hours', '8');
  await page.click('button[type=submit]');
  await page.waitForSelector('#rh-aw-compare');
  const ht = await page.textContent('#rh-aw-compare tr[data-key="huurtoeslag.monthly"] td');
  assert.notEqual(ht.trim(), '€ 0,00', 'a rent of € 1,20 would give no huurtoeslag');
  assert.match(await page.textContent('.rh-result'), /1\.200,00/);
  await page.context().close();
});

test('numbers: an hourly wage of "20,50" in the employer tool', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'werkgever/');
  await page.fill('#rh-wg-contract-hours', '32');
  await page.fill('#rh-wg-age', '30');
  await page.fill('#rh-wg-loonwaarde', '60');
  await page.fill('#rh-wg-hourly-wage', '20,50');
  await page.click('button[type=submit]');
  await page.waitForSelector('.rh-result');
  assert.match(await page.textContent('.rh-result'), /20,50/);
  await page.context().close();
});

test('numbers: the JS API reads "1.200,50" and "20.000" as people write them', async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url, 'api/');
  const r = await page.evaluate(() => {
    const api = window.wasmBindings;
    const aw = api.armoedeval({ gemeente: 'landelijk', start_date: '2026-07-01', leefvorm: 'alleenstaande', age: 35, rent: '1.200,50', vermogen: '0', hours: 8 });
    const now = aw.situations[0].lines.find((l) => l.key === 'huurtoeslag.monthly');
    const iit = api.inkomenstoeslag({ gemeente: 'ommen', request_date: '2026-07-01', leefvorm: 'gehuwden', age: 50, partner_age: 52, low_income_months: 48, vermogen: '20.000', prospects: 'geen' });
    return { huurtoeslag: Number(now.amount), verdict: iit.verdict };
  });
  assert.ok(r.huurtoeslag > 100, `huurtoeslag ${r.huurtoeslag}`);
  assert.equal(r.verdict, 'waarschijnlijk_niet');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
