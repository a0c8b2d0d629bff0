// Runs every `js example` block of docs/api.md in the browser against the release build
// and checks its result against the JSON block that follows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, newPage, open, useBrowser } from './harness.mjs';

const markdown = fs.readFileSync(path.join(root, 'docs', 'api.md'), 'utf8');
// ```js example [bundle]: the example runs on that tool's page (its bundle exports the
// tool's function); without a bundle name, on the start page.
const examples = [...markdown.matchAll(/```js example( \w+)?\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)]
  .map((m) => ({ bundle: (m[1] ?? '').trim(), code: m[2], expected: JSON.parse(m[3]) }));

/** `actual` contains `expected`: listed keys for objects, leading items for arrays. */
function contains(actual, expected, where = '$') {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: expected an array`);
    assert.ok(actual.length >= expected.length, `${where}: expected at least ${expected.length} items`);
    expected.forEach((e, i) => contains(actual[i], e, `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${where}: expected an object, got ${JSON.stringify(actual)}`);
    for (const [k, v] of Object.entries(expected)) contains(actual[k], v, `${where}.${k}`);
  } else {
    assert.equal(actual, expected, where);
  }
}

const env = useBrowser();

test('docs/api.md has examples', () => {
  assert.ok(examples.length >= 5, `found ${examples.length} examples`);
});

test('every docs/api.md example gives the documented result', async () => {
  const page = await newPage(env.browser);
  for (const ex of examples) {
    await open(page, env.server.url + (ex.bundle ? `${ex.bundle}/` : ''));
    const actual = await page.evaluate(async (code) => {
      // eslint-disable-next-line no-new-func
      const run = new Function('rekenhulp', `return (async () => { ${code} })();`);
      return JSON.parse(JSON.stringify(await run(window.wasmBindings)));
    }, ex.code);
    contains(actual, ex.expected, ex.code.trim().split('\n')[0]);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
