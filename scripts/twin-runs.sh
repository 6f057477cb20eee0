#!/usr/bin/env bash
# `scripts/twin-runs.sh [RUNS]` (default 5): the test suite RUNS times in a row on a clean clone of
# HEAD while a second clean clone runs it over and over beside it, the load a shared CI machine
# puts on it. Stops at the first failure. Both clones sit beside this checkout (the tests read
# ../shared/data from there); logs and a summary go to their own directory, printed at the start.
# Takes about half an hour a run on two cores: not part of `npm test`.
set -uo pipefail
runs=${1:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)
parent=$(dirname "$repo")
name=$(basename "$repo")
logs=$(mktemp -d "${TMPDIR:-/tmp}/benchline-twin-runs-XXXXXX")
echo "logs and summary in $logs"
rm -rf "$parent/$name-twin-a" "$parent/$name-twin-b"
git clone -q "$repo" "$parent/$name-twin-a"
git clone -q "$repo" "$parent/$name-twin-b"
echo "commit $(git -C "$parent/$name-twin-a" rev-parse --short HEAD)" >"$logs/summary"

(
  cd "$parent/$name-twin-b" || exit 1
  export BENCHLINE_KEEP_LOGS="$logs/kept-beside"
  i=0
  while [ ! -e "$logs/done" ]; do
    i=$((i + 1))
    start=$(date +%s)
    npm test >"$logs/beside-$i.log" 2>&1
    echo "beside run $i: exit $? after $(($(date +%s) - start)) s" >>"$logs/summary"
  done
) &

cd "$parent/$name-twin-a" || exit 1
# The reliability stacks' service logs, kept to read what a failure on the loaded machine left.
export BENCHLINE_KEEP_LOGS="$logs/kept"
status=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  # The first run as CI makes it, on the fresh clone; then the test command again.
  if [ "$i" = 1 ]; then .ci/run >"$logs/run-$i.log" 2>&1; else npm test >"$logs/run-$i.log" 2>&1; fi
  status=$?
  echo "run $i: exit $status after $(($(date +%s) - start)) s" >>"$logs/summary"
  [ "$status" = 0 ] || break
done
touch "$logs/done"
wait
cat "$logs/summary"
exit "$status"
