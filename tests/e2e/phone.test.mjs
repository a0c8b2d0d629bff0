// On a phone (320 and 390 px wide) every tool is usable without sideways scrolling of the
// page: the answer and the key comparison are readable; wide tables scroll inside their own
// labelled region. A screenshot per tool and width in target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, axe, screenshot, useBrowser } from './harness.mjs';
import { employer, iitRequest, single } from './households.mjs';

const env = useBrowser();

const tools = { inwoner: single, werkgever: employer, inkomenstoeslag: iitRequest };

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
