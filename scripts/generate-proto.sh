#!/usr/bin/env bash
# Regenerates the typed protobuf code in packages/core/src/generated from proto/.
# `OUT_DIR=... scripts/generate-proto.sh` writes elsewhere (used by the freshness test).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT_DIR:-packages/core/src/generated}"
mkdir -p "$out"
npx pbjs -t static-module -w es6 --es6 --force-number --no-verify --no-delimited --no-typeurl \
  -o "$out/run.js" proto/benchline/v1/run.proto
npx pbts -o "$out/run.d.ts" "$out/run.js"
