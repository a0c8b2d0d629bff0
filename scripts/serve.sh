#!/usr/bin/env bash
# Sets up everything that is missing, builds the release site (one bundle per page) and
# serves it on http://127.0.0.1:8080 (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node tests/e2e/serve.mjs
