// The size budget: everything a visitor downloads stays under 200 KB gzip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, BUDGET_GZIP_BYTES } from './size.mjs';

test('download size is within the 200 KB gzip budget', () => {
  const rows = measure();
  assert.ok(rows.some((r) => r.file.endsWith('.wasm')), 'a .wasm file in dist/');
  assert.ok(rows.some((r) => r.file.endsWith('.js')), 'a .js file in dist/');
  const gzip = rows.reduce((a, r) => a + r.gzip, 0);
  console.log(`download: ${gzip} B gzip (${rows.map((r) => `${r.file} ${r.gzip}`).join(', ')})`);
  assert.ok(gzip <= BUDGET_GZIP_BYTES, `${gzip} B gzip is over the ${BUDGET_GZIP_BYTES} B budget`);
});
