#!/usr/bin/env bash
# Native benchmarks of the rules engine (release build). Prints time per call.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench engine
