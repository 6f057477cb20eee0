#!/usr/bin/env bash
# The test command (`npm test`): set up what is missing, type-check, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
npx tsc -p tsconfig.json --noEmit
npx vitest run "$@"
