// On a phone (320 and 390 px wide) every tool is usable without sideways scrolling of the
// page: the answer and the key comparison are readable; wide tables scroll inside their own
// labelled region. A screenshot per tool and width in target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, axe, screenshot, useBrowser } from './harness.mjs';

const env = useBrowser();

const tools = {
  inwoner: async (page) => {
    await page.fill('#rh-aw-age', '35');
    await page.fill('#rh-aw-rent', '650');
    await page.fill('#rh-aw-vermogen', '0');
    await page.fill('#rh-aw-start-date', '2026-07-01');
    await page.fill('#rh-aw-hours', '24');
  },
  werkgever: async (page) => {
    await page.fill('#rh-wg-contract-hours', '32');
    await page.fill('#rh-wg-age', '30');
    await page.fill('#rh-wg-loonwaarde', '60');
  },
  inkomenstoeslag: async (page) => {
    await page.fill('#rh-iit-age', '45');
    await page.fill('#rh-iit-low-income-months', '40');
    await page.fill('#rh-iit-vermogen', '0');
  },
};

for (const width of [320, 390]) {
  for (const [tool, fill] of Object.entries(tools)) {
    test(`phone ${width} px, ${tool}: no sideways scrolling, the answer first`, async () => {
      const page = await newPage(env.browser, { viewport: { width, height: 800 } });
      await open(page, env.server.url, `${tool}/`);
      await fill(page);
      await page.click('button[type=submit]');
      await page.waitForSelector('.rh-result');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
      assert.ok(await page.isVisible('.rh-result h2, .rh-result h3'), 'the answer is on screen');
      assert.deepEqual(await axe(page), []);
      await screenshot(page, `telefoon-${width}-${tool}`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}
