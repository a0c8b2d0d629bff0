// Privacy: after the page has loaded, using a tool sends no network request and writes no
// cookie or storage. Nothing a visitor types leaves the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, useBrowser } from './harness.mjs';

const env = useBrowser();

async function storage(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
}

const tools = [
  {
    path: 'werkgever/',
    fill: async (p) => {
      await p.fill('#rh-wg-contract-hours', '32');
      await p.fill('#rh-wg-age', '40');
      await p.fill('#rh-wg-loonwaarde', '55');
    },
  },
  {
    path: 'inwoner/',
    fill: async (p) => {
      await p.fill('#rh-aw-age', '40');
      await p.fill('#rh-aw-vermogen', '0');
      await p.fill('#rh-aw-rent', '700');
      await p.fill('#rh-aw-hours', '20');
    },
  },
  {
    path: 'inkomenstoeslag/',
    fill: async (p) => {
      await p.fill('#rh-iit-age', '40');
      await p.fill('#rh-iit-low-income-months', '40');
      await p.fill('#rh-iit-vermogen', '0');
    },
  },
  {
    // The report with a what-if: the scenario stays in the page too.
    path: 'minima-effect/',
    fill: async (p) => {
      await p.selectOption('#rh-me-gemeente', 'ommen');
      await p.fill('#rh-me-zorg-limit', '140');
    },
  },
];

for (const t of tools) {
  test(`privacy: ${t.path} sends nothing and stores nothing while used`, async () => {
    const page = await newPage(env.browser);
    await open(page, env.server.url, t.path);
    await page.waitForLoadState('networkidle');
    const loaded = page.requests.length;
    for (const url of page.requests) assert.ok(url.startsWith(env.server.url), `only own files load: ${url}`);
    await t.fill(page);
    await page.click('button[type=submit]');
    await page.waitForSelector('.rh-result h2');
    await page.waitForTimeout(200);
    assert.deepEqual(page.requests.slice(loaded), [], 'no request after loading');
    assert.deepEqual(await storage(page), { cookie: '', local: 0, session: 0, idb: 0 });
    assert.deepEqual(await page.context().cookies(), []);
    await page.context().close();
  });
}
