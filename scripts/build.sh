#!/usr/bin/env bash
# Builds the release site into dist/: the start page (shell and rules page) at dist/, and
# each tool as its own page and WebAssembly bundle in dist/<tool>/. A visitor downloads
# the shell plus the one tool they use. dist/api/ is the JavaScript API without the app
# (every tool's function and the rules), for host pages; the tool pages leave it out.
#
# Every language in locales/ gets its own bundles (the texts are compiled in, so a page
# carries one language and stays within the size budget): Dutch at dist/, every other
# language at dist/<lang>/ (dist/en/, dist/en/werkgever/, …). The language switch in the
# app links between them and carries the inputs along in the URL fragment.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
rm -rf dist
mkdir -p dist
languages=$(cd locales && for d in */; do [ -f "$d/_language.toml" ] && echo "${d%/}"; done)
for lang in $languages; do
  if [ "$lang" = nl ]; then
    src=. prefix=
  else
    src=$(node scripts/entry-pages.mjs "$lang") prefix="$lang/"
  fi
  for entry in index werkgever inwoner inkomenstoeslag minima-effect api; do
    out="target/site/$lang/$entry"
    REKENHULP_LANG=$lang trunk build "$src/$entry.html" --release --dist "$out"
    node scripts/minify.mjs "$out"   # the JS glue too (esbuild), with fresh SRI hashes
    if [ "$entry" = index ]; then
      mkdir -p "dist/$prefix"
      cp -r "$out"/. "dist/$prefix"
    else
      mkdir -p "dist/$prefix$entry"
      cp -r "$out"/. "dist/$prefix$entry/"   # trunk names the page index.html
    fi
  done
done
# Example host pages that embed the tools (docs/embed.md).
mkdir -p dist/voorbeeld
cp www/voorbeeld/* dist/voorbeeld/
echo "built: $(cd dist && find . -type f | sort | tr '\n' ' ')"
