// The size budget: on every page, what a visitor downloads stays under 200 KB gzip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { measure, BUDGET_GZIP_BYTES } from './size.mjs';
import { root } from './harness-paths.mjs';

// Every language in locales/ has the start page, the three tools, the minima-effect report and
// the API bundle: Dutch
// at the root of dist/, the others under dist/<lang>/.
const languages = fs.readdirSync(path.join(root, 'locales')).filter((l) => fs.existsSync(path.join(root, 'locales', l, '_language.toml')));
const pages = languages.flatMap((l) => (l === 'nl' ? ['(start)', 'api', 'inkomenstoeslag', 'inwoner', 'minima-effect', 'werkgever'] : [l, `${l}/api`, `${l}/inkomenstoeslag`, `${l}/inwoner`, `${l}/minima-effect`, `${l}/werkgever`]));

test('every page downloads less than 200 KB gzip', () => {
  const bundles = measure();
  assert.deepEqual(bundles.map((b) => b.page).sort(), pages.sort());
  for (const b of bundles) {
    assert.ok(b.files.some((f) => f.file.endsWith('.wasm')) && b.files.some((f) => f.file.endsWith('.js')), `${b.page}: wasm and js`);
    console.log(`${b.page}: ${b.gzip} B gzip`);
    assert.ok(b.gzip <= BUDGET_GZIP_BYTES, `${b.page}: ${b.gzip} B gzip is over the ${BUDGET_GZIP_BYTES} B budget`);
  }
});
