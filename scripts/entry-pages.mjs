// Writes the entry pages of one language for trunk: target/entry/<lang>/<page>.html, made
// from the Dutch pages in the project root (index.html, werkgever.html, …). The Dutch texts
// of those pages are in locales/nl/_page.toml; this swaps each for the text with the same
// key in locales/<lang>/_page.toml, sets lang and dir, and points the asset links back to
// the project root. It stops with a message when a text is missing or no longer in a page.
//
//   node scripts/entry-pages.mjs en
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = ['index', 'werkgever', 'inwoner', 'inkomenstoeslag', 'minima-effect', 'api'];

// The page files hold plain `key = "text"` lines (and comments): no TOML parser needed.
function readTexts(lang) {
  const file = join(root, 'locales', lang, '_page.toml');
  const texts = new Map();
  for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = line.match(/^([a-z0-9_]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/);
    if (!m) throw new Error(`${file}:${n + 1}: expected key = "text"`);
    texts.set(m[1], JSON.parse(`"${m[2]}"`));
  }
  return texts;
}

function language(lang) {
  const meta = readFileSync(join(root, 'locales', lang, '_language.toml'), 'utf8');
  const dir = meta.match(/^dir\s*=\s*"(ltr|rtl)"/m);
  if (!dir) throw new Error(`locales/${lang}/_language.toml: no dir = "ltr" | "rtl"`);
  return dir[1];
}

export function entryPages(lang) {
  const nl = readTexts('nl');
  const target = readTexts(lang);
  const missing = [...nl.keys()].filter((k) => !target.has(k));
  if (missing.length) throw new Error(`locales/${lang}/_page.toml lacks: ${missing.join(', ')}`);
  const dir = language(lang);
  const out = join(root, 'target', 'entry', lang);
  mkdirSync(out, { recursive: true });
  for (const page of PAGES) {
    let html = readFileSync(join(root, `${page}.html`), 'utf8');
    // Keys are snake_case: the page minima-effect has title_minima_effect.
    const own = (p) => p.replaceAll('-', '_');
    for (const [key, text] of nl) {
      // title_<page> and <page>_… belong to one page; every other text is on every page.
      if (key.startsWith('title_') && key !== `title_${own(page)}`) continue;
      if (PAGES.some((p) => p !== page && key.startsWith(`${own(p)}_`))) continue;
      if (!html.includes(text)) throw new Error(`${page}.html no longer contains the Dutch ${key} of locales/nl/_page.toml`);
      html = html.split(text).join(target.get(key));
    }
    html = html
      .replace('<html lang="nl">', `<html lang="${lang}" dir="${dir}">`)
      .replace('data-trunk rel="rust"', 'data-trunk rel="rust" href="../../../Cargo.toml"')
      .replaceAll('href="www/', 'href="../../../www/');
    writeFileSync(join(out, `${page}.html`), html);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lang = process.argv[2];
  if (!lang) throw new Error('usage: node scripts/entry-pages.mjs <lang>');
  console.log(entryPages(lang));
}
