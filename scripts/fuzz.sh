#!/usr/bin/env bash
# Fuzzes the one input adapter natively at scale (tests/fuzz_native.rs): arbitrary forms
# and rule calls through every tool and every rule, no panic allowed, every refusal a
# field error with a message in every language. Release build, every core.
#   bash scripts/fuzz.sh                 # 1 000 000 cases
#   FUZZ_N=5000000 FUZZ_SEED=0x1234 bash scripts/fuzz.sh
# `cargo test` runs a sample of 20 000 of the same cases.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export FUZZ_N="${FUZZ_N:-1000000}"
# The release profile aborts on a panic (the WebAssembly default); a test binary unwinds,
# so each panic is caught and counted as a failed case.
start=$(date +%s)
cargo test --release --quiet --test fuzz_native fuzz_at_scale -- --ignored --nocapture
echo "fuzz.sh: done in $(( $(date +%s) - start )) s, build included"
