// Prints what a visitor downloads per page (the wasm + js + css next to each index.html in
// dist/: the start page and one bundle per tool), raw and gzip -9, and checks each against
// the budget. Usage: node tests/e2e/size.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from './harness-paths.mjs';

export const BUDGET_GZIP_BYTES = 200 * 1024;

/** [{ page, files: [{ file, raw, gzip }], raw, gzip }] for dist/ and each dist/<tool>/. */
export function measure(dir = dist) {
  const folders = [dir, ...fs.readdirSync(dir).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isDirectory())];
  return folders
    .filter((f) => fs.existsSync(path.join(f, 'index.html')))
    .map((folder) => {
      const files = fs.readdirSync(folder).filter((f) => /\.(wasm|js|css)$/.test(f)).sort().map((f) => {
        const body = fs.readFileSync(path.join(folder, f));
        return { file: f, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
      });
      const page = path.relative(dir, folder) || '(start)';
      return { page, files, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = false;
  for (const b of measure()) {
    console.log(`${b.page}: ${b.files.map((f) => `${f.file} ${f.gzip} B`).join(', ')}`);
    console.log(`  total ${b.raw} B raw, ${b.gzip} B gzip (budget ${BUDGET_GZIP_BYTES} B)${b.gzip > BUDGET_GZIP_BYTES ? '  OVER BUDGET' : ''}`);
    over ||= b.gzip > BUDGET_GZIP_BYTES;
  }
  if (over) process.exit(1);
}
