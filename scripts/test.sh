#!/usr/bin/env bash
# The test command (`npm test`): set up what is missing, type-check, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# Kubo for services/publisher/test/kubo.test.ts: the first build takes minutes, so it runs beside
# everything below (at nice 19: on both cores, but only with what the tests leave; 16 min from cold
# caches here beside the main phase, which it ends with), and that test runs after the main
# phase (waiting for the build if need be).
mkdir -p .tools/kubo
scripts/install-kubo.sh >.tools/kubo/install.log 2>&1 &
scripts/bootstrap.sh
scripts/install-schemathesis.sh
npm run -s web:build
npx tsc -p tsconfig.json --noEmit
npx tsc -p packages/web/tsconfig.json --noEmit
# House checks (README "House checks"): formatting and lint, no unused files or exports, no import circles.
npx biome ci --reporter=summary .
npx knip --no-progress
npx madge --circular --extensions ts --ts-config tsconfig.json --no-spinner packages services bench test examples
if [ "$#" -gt 0 ]; then
  npx vitest run "$@"
else
  # Two files at a time, even on two cores: most of their time is spent waiting on purpose (backoffs,
  # ack waits, outages) for servers they start themselves.
  npx vitest run --maxWorkers=2 --exclude '**/*.timing.test.ts' --exclude '**/*.long.test.ts' --exclude '**/kubo.test.ts'
  # Tests that judge measured times (real benchmarks, the spacing of retries) run apart from the rest
  # of the suite, one file at a time. The benchmarks report their time against a reference loop timed
  # alongside, so the Node 24 job (scripts/node24.sh: the services' tests and the demo on Node 24)
  # runs beside them. The Kubo test joins them: by now Kubo's first build is over.
  node24_log=$(mktemp)
  timing_log=$(mktemp)
  scripts/node24.sh >"$node24_log" 2>&1 &
  node24_pid=$!
  timing_status=0
  npx vitest run --no-file-parallelism .timing.test.ts services/publisher/test/kubo.test.ts 2>&1 | tee "$timing_log" ||
    timing_status=$?
  node24_status=0
  wait "$node24_pid" || node24_status=$?
  # What failed comes last, where a CI log's tail shows it.
  echo "── Node 24 job (scripts/node24.sh), exit $node24_status ──"
  if [ "$node24_status" -ne 0 ]; then cat "$node24_log"; else tail -n 6 "$node24_log"; fi
  if [ "$timing_status" -ne 0 ]; then
    echo "── the timing phase failed (exit $timing_status); its failures again ──"
    sed -n '/Failed \(Tests\|Suites\)/,$p' "$timing_log"
  fi
  rm -f "$node24_log" "$timing_log"
  if [ "$timing_status" -ne 0 ] || [ "$node24_status" -ne 0 ]; then exit 1; fi
  # *.long.test.ts (the real-server bisection cases, ~11 min; the web view in Chromium, ~5 min; the
  # noise canary against CPU hogs and an environment change, ~10 min; the minion's connection lost
  # mid-benchmark, ~3 min; SIGTERM mid-run and two replicas of every service, ~3.5 min each; retention
  # at tiny limits, 2.5–4 min at load average 20–30) run with
  # `npm run test:long`, outside the 25-minute CI budget. Their logic
  # runs in CI without them: the bisector against fake runs (services/bisector/test), the web routes
  # and access rules over HTTP (services/trigger/test/web.test.ts), the noise and environment
  # judgements against real NATS and InfluxDB with hand-built events
  # (services/publisher/test/noise-environment.test.ts), the executor's retry and cleanup of a lost
  # attempt (test/reliability/kill-services.test.ts).
fi
