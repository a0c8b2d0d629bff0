// Prints what a visitor downloads (wasm + js + css in dist/), raw and gzip -9, and checks
// the budget. Usage: node tests/e2e/size.mjs [--budget-kb 200]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from './harness-paths.mjs';

export function measure(dir = dist) {
  const files = fs.readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
  return files.map((f) => {
    const body = fs.readFileSync(path.join(dir, f));
    return { file: f, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
}

export const BUDGET_GZIP_BYTES = 200 * 1024;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure();
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  for (const r of rows) console.log(`${r.file.padEnd(28)} ${String(r.raw).padStart(9)} B raw ${String(r.gzip).padStart(9)} B gzip`);
  console.log(`${'total'.padEnd(28)} ${String(total.raw).padStart(9)} B raw ${String(total.gzip).padStart(9)} B gzip (budget ${BUDGET_GZIP_BYTES} B)`);
  if (total.gzip > BUDGET_GZIP_BYTES) process.exit(1);
}
