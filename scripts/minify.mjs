// Minifies the JS of one trunk build (trunk minifies CSS and HTML, not the wasm-bindgen
// glue): about 2 KB gzip less per page. Export names stay, so the JS API is unchanged.
// The page's Subresource Integrity hashes are then recomputed, or the browser would refuse
// the changed files.
//
//   node scripts/minify.mjs target/site/nl/inwoner
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { transformSync } = await import(pathToFileURL(join(root, 'tests/e2e/node_modules/esbuild/lib/main.js')).href);

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/minify.mjs <trunk dist folder>');
for (const name of ['rekenhulp.js', 'embed.js']) {
  const file = join(dir, name);
  if (!existsSync(file)) continue;
  const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(file, code);
}
const page = join(dir, 'index.html');
if (existsSync(page)) {
  const html = readFileSync(page, 'utf8').replace(
    /href=("?)\.\/([\w.-]+)\1 integrity=("?)sha384-[A-Za-z0-9+/=]+\3/g,
    (_, q, name, q2) => {
      const digest = createHash('sha384').update(readFileSync(join(dir, name))).digest('base64');
      return `href=${q}./${name}${q} integrity=${q2}sha384-${digest}${q2}`;
    },
  );
  writeFileSync(page, html);
}
