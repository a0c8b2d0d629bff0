#!/usr/bin/env bash
# Installs everything rekenhulp needs on a fresh Debian machine (rustup stable, Node 20,
# only the package registries reachable). Idempotent: each step checks first, so a second
# run takes seconds. Versions are pinned here and in Trunk.toml / Cargo.toml; when you bump
# wasm-bindgen, change Cargo.toml, Trunk.toml and WASM_BINDGEN_VERSION below together.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14          # 0.22.x needs rustc >= 1.96.1
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen version in Cargo.lock

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian chromium + chromium-driver"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes about 6 minutes the first time)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ -f Cargo.lock ]; then
  locked=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
  if [ -n "$locked" ] && [ "$locked" != "$WASM_BINDGEN_VERSION" ]; then
    echo "Cargo.lock has wasm-bindgen $locked but scripts/setup.sh pins $WASM_BINDGEN_VERSION" >&2
    exit 1
  fi
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes 2-4 minutes the first time)"
  # Not --locked: its lock file names a webpki-roots release the registry mirror lacks.
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# npm packages: playwright-core + axe-core for e2e, binaryen for a wasm-opt that reads
# current rustc output (Debian's binaryen 108 cannot), esbuild to minify the JS glue.
stamp=tests/e2e/node_modules/.setup-stamp
if [ ! -f "$stamp" ] || [ tests/e2e/package-lock.json -nt "$stamp" ] || [ tests/e2e/package.json -nt "$stamp" ]; then
  log "installing npm test packages"
  if [ -f tests/e2e/package-lock.json ]; then
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd tests/e2e && npm install --no-audit --no-fund --loglevel=error)
  fi
  touch "$stamp"
fi

log "ready: $(rustc --version), trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null)"
