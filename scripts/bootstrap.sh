#!/usr/bin/env bash
# Brings a fresh clone to a runnable state: system packages, then npm
# dependencies exactly as locked (only when the lockfile changed since the last
# install). Called by `npm test`, `npm run demo` and `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-system-deps.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "bootstrap: installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
