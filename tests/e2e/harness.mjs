// Shared e2e helpers: a static server for dist/, Debian Chromium through playwright-core,
// axe-core, console-error and network capture.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

import { root, dist } from './harness-paths.mjs';

export { root, dist };
const here = path.dirname(fileURLToPath(import.meta.url));
export const shots = path.join(root, 'target', 'e2e');

/** The strictest Content-Security-Policy the tools work under (docs/embed.md): only
 *  'wasm-unsafe-eval' added. */
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 (a free port unless given); resolves to { url, close }.
 *  `headers(path)` may add response headers, e.g. a Content-Security-Policy. */
export function serve(dir = dist, port = 0, headers = () => ({})) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run "trunk build --release" first (scripts/test.sh does).`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(url.pathname) });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--lang=nl-NL', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Starts the static server and a browser before a test file's tests and stops them after.
 *  Use as `const env = useBrowser();` then `env.server.url`, `env.browser`. */
export function useBrowser(headers) {
  const env = {};
  before(async () => {
    env.server = await serve(dist, 0, headers);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A new page that records console errors, page errors and every request. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', ...options });
  const page = await context.newPage();
  page.problems = [];
  page.requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => page.requests.push(req.url()));
  return page;
}

/** Loads a page of the app and waits until the app has rendered; the API page (api/) has
 *  no app, so there it waits for the module. */
export async function open(page, baseUrl, hash = '') {
  await page.goto(baseUrl + hash);
  if ((baseUrl + hash).endsWith('api/')) await page.waitForFunction(() => window.wasmBindings?.armoedeval);
  else await page.waitForSelector('.rh h1');
}

const axeSource = fs.readFileSync(path.join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core for WCAG 2.0/2.1 A and AA; returns the violations, readable. */
export async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(shots, { recursive: true });
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Tab until the element with `id` has focus (at most 80 presses). */
export async function tabTo(page, id) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach #${id} with Tab`);
}

/** Focus a field with Tab and type into it. */
export async function typeInto(page, id, text) {
  await tabTo(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Type a date (jjjj-mm-dd) into a date field with the keyboard. The field's segment order
 *  follows the browser's locale (dd-mm-jjjj in Dutch, mm/dd/yyyy in headless Chromium), so
 *  try both orders. */
export async function typeDate(page, id, iso) {
  const [y, m, d] = iso.split('-');
  for (const order of [[m, d, y], [d, m, y]]) {
    // Start again from the top of the page, so the field is entered at its first segment.
    await page.evaluate(() => document.activeElement?.blur());
    await tabTo(page, id);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(order.join(''));
    if ((await page.inputValue(`#${id}`)) === iso) return;
  }
  throw new Error(`could not type ${iso} into #${id}`);
}
