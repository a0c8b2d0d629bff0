// Prints what a visitor downloads per page (the wasm + js + css next to each index.html in
// dist/: the start page and one bundle per tool), raw, gzip -9 (GNU gzip, the reference the
// budget is set in) and brotli -q 11, and checks each against the budget.
// Usage: node tests/e2e/size.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { dist } from './harness-paths.mjs';

export const BUDGET_GZIP_BYTES = 200 * 1024;

/** Folders under `dir`, `dir` itself first, two levels deep (dist/en/werkgever/). */
function folders(dir, depth = 2) {
  const subs = fs.readdirSync(dir).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isDirectory());
  return [dir, ...(depth > 0 ? subs.flatMap((s) => folders(s, depth - 1)) : [])];
}

/** [{ page, files: [{ file, raw, gzip }], raw, gzip }] for every page of every language:
 *  dist/, dist/<tool>/, dist/<lang>/, dist/<lang>/<tool>/. */
export function measure(dir = dist) {
  return folders(dir)
    .filter((f) => fs.existsSync(path.join(f, 'index.html')))
    .map((folder) => {
      const files = fs.readdirSync(folder).filter((f) => /\.(wasm|js|css)$/.test(f)).sort().map((f) => {
        const body = fs.readFileSync(path.join(folder, f));
        // GNU gzip -9 compresses wasm a few percent better than Node's zlib at level 9; it
        // is what web servers' precompressed assets and the toolchain notes use.
        const gzip = execFileSync('gzip', ['-9', '-c', path.join(folder, f)], { maxBuffer: 64 << 20 }).length;
        const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        return { file: f, raw: body.length, gzip, brotli };
      });
      const page = path.relative(dir, folder) || '(start)';
      const sum = (k) => files.reduce((a, f) => a + f[k], 0);
      return { page, files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = false;
  for (const b of measure()) {
    console.log(`${b.page}: ${b.files.map((f) => `${f.file} ${f.gzip} B`).join(', ')}`);
    console.log(`  total ${b.raw} B raw, ${b.gzip} B gzip -9 (budget ${BUDGET_GZIP_BYTES} B), ${b.brotli} B brotli${b.gzip > BUDGET_GZIP_BYTES ? '  OVER BUDGET' : ''}`);
    over ||= b.gzip > BUDGET_GZIP_BYTES;
  }
  if (over) process.exit(1);
}
