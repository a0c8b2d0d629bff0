#!/usr/bin/env bash
# Runs every test of rekenhulp, as CI does (.ci/run calls exactly this):
#   1. format and lint (native and wasm32)
#   2. native tests of the rules core (cargo test)
#   3. browser tests of the JS API and components (wasm-bindgen-test in headless Chromium)
#   4. release build (scripts/build.sh: one bundle per page), size against the 200 KB budget
#   5. end-to-end tests on the release build (playwright-core + axe-core in Debian Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings
# Each bundle alone, as scripts/build.sh builds it: code one feature leaves out must not
# hide a lint in another.
for feature in api inwoner werkgever inkomenstoeslag minima_effect; do
  cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --features "$feature" -- -D warnings
done
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features -- -D warnings

step "native tests (rules core)"
cargo test --quiet

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web

step "release build (one bundle per page)"
bash scripts/build.sh

step "download size"
node tests/e2e/size.mjs

step "end-to-end tests (release build, Chromium, axe-core)"
(cd tests/e2e && node --test --test-concurrency=1 ./*.test.mjs)

step "all tests passed"
