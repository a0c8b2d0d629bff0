// The size budget: on every page, what a visitor downloads stays under 200 KB gzip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, BUDGET_GZIP_BYTES } from './size.mjs';

test('every page downloads less than 200 KB gzip', () => {
  const bundles = measure();
  assert.deepEqual(bundles.map((b) => b.page).sort(), ['(start)', 'inkomenstoeslag', 'inwoner', 'werkgever']);
  for (const b of bundles) {
    assert.ok(b.files.some((f) => f.file.endsWith('.wasm')) && b.files.some((f) => f.file.endsWith('.js')), `${b.page}: wasm and js`);
    console.log(`${b.page}: ${b.gzip} B gzip`);
    assert.ok(b.gzip <= BUDGET_GZIP_BYTES, `${b.page}: ${b.gzip} B gzip is over the ${BUDGET_GZIP_BYTES} B budget`);
  }
});
