#!/usr/bin/env bash
# Builds the release site into dist/: the start page (shell and rules page) at dist/, and
# each tool as its own page and WebAssembly bundle in dist/<tool>/. A visitor downloads
# the shell plus the one tool they use.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
rm -rf dist
mkdir -p dist
for entry in index werkgever inwoner inkomenstoeslag; do
  out="target/site/$entry"
  trunk build "$entry.html" --release --dist "$out"
  if [ "$entry" = index ]; then
    cp -r "$out"/. dist/
  else
    mkdir -p "dist/$entry"
    cp -r "$out"/. "dist/$entry/"   # trunk names the page index.html
  fi
done
# Example host pages that embed the tools (docs/embed.md).
mkdir -p dist/voorbeeld
cp www/voorbeeld/* dist/voorbeeld/
echo "built: $(cd dist && find . -type f | sort | tr '\n' ' ')"
