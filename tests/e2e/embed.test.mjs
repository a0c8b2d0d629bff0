// Embedding: example host pages load the tools with one script and one element each, under
// a strict Content-Security-Policy (only 'wasm-unsafe-eval' added), two tools side by side,
// in the host's theme, accessible, and unharmed by the host's own CSS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, axe, screenshot, useBrowser, CSP } from './harness.mjs';
import { employer, iitRequest, singleParent } from './households.mjs';


const env = useBrowser((p) => (p.includes('gemeente-ommen') ? { 'content-security-policy': CSP } : {}));

test('embed: two tools on one municipal page under a strict CSP', async () => {
  const page = await newPage(env.browser);
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`${env.server.url}voorbeeld/gemeente-ommen.html`);
  // data-heading-level="3": the tools' titles sit under the host's own h2 sections.
  await page.waitForSelector('[data-tool="werkgever"] .rh h3');
  await page.waitForSelector('[data-tool="inkomenstoeslag"] .rh h3');
  assert.equal(await page.locator('.rh').count(), 2, 'each element mounted once');
  assert.equal(await page.locator('h1').count(), 1, "the host's h1 is the only one");
  // Embedded: no site title, navigation or rule date of our own.
  assert.equal(await page.locator('.rh-header, .rh-nav, #rh-rekendatum').count(), 0);
  assert.equal(await page.locator('.rh-loading').count(), 0, 'the loading text gave way');
  // data-lock-gemeente: Ommen's page is about Ommen; no choice of another gemeente.
  assert.equal(await page.$('select#rh-wg-gemeente'), null);
  assert.match(await page.textContent('#rh-wg-gemeente'), /Ommen/);
  // Use both tools.
  await page.fill('#rh-wg-contract-hours', '32');
  await page.fill('#rh-wg-age', '30');
  await page.fill('#rh-wg-loonwaarde', '60');
  await page.click('[data-tool="werkgever"] button[type=submit]');
  // The result heading moves down with the title: h4 under the tool's h3.
  await page.waitForSelector('[data-tool="werkgever"] .rh-result h4');
  await page.fill('#rh-iit-age', '45');
  await page.fill('#rh-iit-low-income-months', '40');
  await page.fill('#rh-iit-vermogen', '0');
  await page.click('[data-tool="inkomenstoeslag"] button[type=submit]');
  await page.waitForSelector('[data-tool="inkomenstoeslag"] .rh-result h4');
  const ids = await page.evaluate(() => { const all = [...document.querySelectorAll('[id]')].map((e) => e.id); return all.filter((id, i) => all.indexOf(id) !== i); });
  assert.deepEqual(ids, [], 'no duplicate ids');
  assert.deepEqual(violations, [], 'no CSP violations');
  assert.deepEqual(page.problems, []);
  await screenshot(page, 'embed-gemeente-ommen');
  await page.context().close();
  // axe-core is injected as an inline script, which that CSP (rightly) blocks: check the
  // same host page again with CSP bypassed for the test tool only.
  const check = await newPage(env.browser, { bypassCSP: true });
  await check.goto(`${env.server.url}voorbeeld/gemeente-ommen.html`);
  await check.waitForSelector('[data-tool="inkomenstoeslag"] .rh h3');
  assert.deepEqual(await axe(check), []);
  await check.context().close();
});

test('embed: the host theme (NL Design System tokens) applies, the host CSS does not break the tool', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.server.url}voorbeeld/gemeente-donker.html`);
  await page.waitForSelector('[data-tool="inwoner"] .rh h1');
  const look = await page.evaluate(() => {
    const button = getComputedStyle(document.querySelector('.rh-button'));
    const input = getComputedStyle(document.querySelector('.rh input[type=text]'));
    return { button: button.backgroundColor, font: getComputedStyle(document.querySelector('.rh')).fontFamily, radius: input.borderRadius };
  });
  assert.equal(look.button, 'rgb(0, 84, 61)', 'the host accent colour');
  assert.match(look.font, /Georgia/);
  assert.equal(look.radius, '0px', 'host input rule does not leak in');
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'embed-eigen-huisstijl');
  await page.context().close();
});

/** Pages in a PDF of the page as printed now. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const tools = { inkomenstoeslag: iitRequest, inwoner: singleParent, werkgever: employer };

for (const [tool, fill] of Object.entries(tools)) {
  test(`print ${tool}: a summary of at most 2 A4 pages, and on request everything`, async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}${tool}/`);
    await page.waitForSelector('.rh h1');
    await fill(page);
    await page.click('button[type=submit]');
    await page.waitForSelector('.rh-result');
    // Ctrl+P or "Print de samenvatting": the explanations stay closed.
    const summary = await printedPages(page);
    console.log(`print ${tool}: summary ${summary} A4 pages`);
    assert.ok(summary >= 1 && summary <= 2, `summary: ${summary} pages`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.rh-footer')).display), 'block', 'the disclaimer prints');
    // "Print met alle uitleg" opens every explanation first (the dialog itself is stubbed).
    await page.evaluate(() => { window.print = () => {}; });
    await page.click('.rh-print-all');
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('.rh details')].every((d) => d.open)), true);
    const all = await printedPages(page);
    console.log(`print ${tool}: with all explanations ${all} A4 pages`);
    assert.ok(all >= summary);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
