#!/usr/bin/env bash
# Sets up everything that is missing, builds a release and serves the app on
# http://127.0.0.1:8080 (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
# --no-autoreload: no websocket script in dist/, so what you see is what ships.
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080
