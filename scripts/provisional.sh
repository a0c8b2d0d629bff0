#!/usr/bin/env bash
# Lists every provisional value in the newest national snapshot with what it rests on
# (proposal, forecast, carried over, derived): what to replace when the official amounts
# come out. See docs/parameters.md, "The yearly update".
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet --test provisional -- --nocapture 2>&1 | grep -v '^running\|^test result\|^$' || true
