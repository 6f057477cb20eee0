#!/usr/bin/env bash
# Builds Kubo's `ipfs` daemon, which services/publisher/test/kubo.test.ts runs the publisher's Kubo
# store against, from its Go module (through the Go module proxy) into the ignored
# .tools/kubo/<version>/ipfs. `npm test` starts it in the background; does nothing when that binary
# is there already. While it builds, .tools/kubo/<version>/building holds its pid, so the test
# waits for the build instead of failing (packages/servers/src/kubo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
module=github.com/ipfs/kubo
version=v0.43.0 # the production image's (docker-compose.yaml); also in packages/servers/src/kubo.ts
dir="$PWD/.tools/kubo/$version"
bin="$dir/ipfs"
installed() { [ -x "$bin" ] && [ "$("$bin" version --number 2>/dev/null)" = "${version#v}" ]; }
installed && exit 0
command -v go >/dev/null || { echo "install-kubo: Go is not installed (https://go.dev/doc/install)" >&2; exit 1; }
mkdir -p "$dir"
# One build at a time (two `npm test`s at once): the second waits for the first, then finds its binary.
exec 9>"$dir/lock"
flock 9
installed && exit 0
build_dir=$(mktemp -d)
trap 'rm -f "$dir/building" "$bin.partial"; chmod -R u+w "$build_dir"; rm -rf "$build_dir"' EXIT
echo $$ >"$dir/building"
echo "install-kubo: building $module/cmd/ipfs@$version into $bin (minutes, the first time)" >&2
# Not `go install $module/cmd/ipfs@$version`: go install refuses a module whose go.mod has exclude
# (or replace) directives, and Kubo's has. Built as the main module instead, its go.mod applies as
# upstream builds it: Kubo's own source, unchanged, at the version the production image runs.
go mod download "$module@$version"
cp -R "$(go env GOMODCACHE)/$module@$version/." "$build_dir"
chmod -R u+w "$build_dir"
cd "$build_dir"
# At the lowest priority: the build takes minutes of every core beside the tests, which come first.
nice -n 19 go build -mod=mod -buildvcs=false -trimpath -o "$bin.partial" ./cmd/ipfs
mv "$bin.partial" "$bin"
