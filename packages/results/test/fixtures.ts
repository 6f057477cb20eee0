import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Every real-output fixture and the format it was written in. */
export const fixtures: readonly { format: string; path: string }[] = [
  { format: 'benchline', path: 'benchline/example.json' },
  { format: 'ipfs-benchmarks', path: 'ipfs-benchmarks/results13.json' },
  { format: 'ipfs-benchmarks', path: 'ipfs-benchmarks/runner-schema.json' },
  { format: 'hyperfine', path: 'hyperfine/hyperfine.json' },
  { format: 'hyperfine', path: 'hyperfine/hyperfine-params.json' },
  { format: 'google-benchmark', path: 'google-benchmark/google-benchmark.json' },
  { format: 'google-benchmark', path: 'google-benchmark/google-benchmark-aggregates-only.json' },
  { format: 'go-test', path: 'go-test/go-bench.txt' },
  { format: 'go-test', path: 'go-test/go-test-json.jsonl' },
  { format: 'pytest-benchmark', path: 'pytest-benchmark/pytest-benchmark.json' },
  { format: 'catch2-xml', path: 'catch2-xml/catch2-v2.xml' },
  { format: 'criterion', path: 'criterion/target/criterion/sum/iter/1000/new/estimates.json' },
  { format: 'criterion', path: 'criterion/target/criterion/fib 15/new/estimates.json' },
  { format: 'criterion-bencher', path: 'criterion-bencher/criterion-bencher.txt' },
  { format: 'rust-libtest', path: 'rust-libtest/rust-libtest.txt' },
  { format: 'benchmark-js', path: 'benchmark-js/benchmark-js.txt' },
  { format: 'tinybench', path: 'tinybench/tinybench.json' },
  { format: 'mitata', path: 'mitata/mitata.json' },
  { format: 'jmh', path: 'jmh/jmh-params.json' },
  { format: 'jmh', path: 'jmh/jmh-golden-excerpt.json' },
  { format: 'benchmarkdotnet', path: 'benchmarkdotnet/benchmarkdotnet-fantomas.json' },
  { format: 'benchmarkdotnet', path: 'benchmarkdotnet/bdn-full-approved.json' },
  { format: 'catch2-console', path: 'catch2-console/catch2-v2-console.txt' },
  { format: 'catch2-console', path: 'catch2-console/github-action-benchmark-catch2-v3.txt' },
  { format: 'criterion-terminal', path: 'criterion-terminal/criterion-terminal.txt' },
  { format: 'criterion-terminal', path: 'criterion-terminal/criterion-terminal-color.txt' },
  { format: 'criterion', path: 'criterion/directory/target/criterion/sum/iter/100/new/estimates.json' },
  { format: 'rust-libtest', path: 'rust-libtest/rust-libtest.jsonl' },
  { format: 'tinybench', path: 'tinybench/tinybench-table.json' },
  { format: 'tinybench', path: 'tinybench/tinybench2-table.json' },
  { format: 'tinybench', path: 'tinybench/tinybench2-results.json' },
  { format: 'bmf', path: 'bmf/bencher-docs-example.json' },
  { format: 'pyperf', path: 'pyperf/pyperf-suite.json' },
  { format: 'pyperf', path: 'pyperf/pyperf-timeit.json' },
  { format: 'vitest-bench', path: 'vitest-bench/vitest3-bench.json' },
  { format: 'vitest-bench', path: 'vitest-bench/vitest4-bench.json' },
  { format: 'asv', path: 'asv/asv-results.json' },
  { format: 'asv', path: 'asv/asv-results-quick.json' },
  { format: 'dart-benchmark-harness', path: 'dart-benchmark-harness/benchmarksgame-fannkuchredux.txt' },
  { format: 'benchmark-ips', path: 'benchmark-ips/benchmark-ips.json' },
  { format: 'benchmark-ips', path: 'benchmark-ips/benchmark-ips.txt' },
  { format: 'iai-callgrind', path: 'iai-callgrind/iai-callgrind.txt' },
  { format: 'iai-callgrind', path: 'iai-callgrind/iai-callgrind-first-run.txt' },
  { format: 'k6-summary', path: 'k6-summary/k6-summary-export.json' },
  { format: 'k6-summary', path: 'k6-summary/k6-handle-summary.json' },
  { format: 'divan', path: 'divan/divan.txt' },
  { format: 'hyperfine-terminal', path: 'hyperfine-terminal/hyperfine.txt' },
  { format: 'hyperfine-terminal', path: 'hyperfine-terminal/hyperfine-params.txt' },
  { format: 'hyperfine-terminal', path: 'hyperfine-terminal/hyperfine-one-run.txt' },
  { format: 'hyperfine-terminal', path: 'hyperfine-terminal/hyperfine-color.txt' },
  { format: 'google-benchmark-console', path: 'google-benchmark-console/google-benchmark-console.txt' },
  { format: 'google-benchmark-console', path: 'google-benchmark-console/google-benchmark-console-2to1.txt' },
  { format: 'jmh', path: 'jmh/jmh-1.37-params.json' },
  { format: 'jmh-text', path: 'jmh-text/jmh-console.txt' },
  { format: 'jmh-text', path: 'jmh-text/jmh-rf-text-gc.txt' },
  { format: 'mitata-text', path: 'mitata-text/mitata.txt' },
  { format: 'mitata-text', path: 'mitata-text/mitata-color.txt' },
  { format: 'mitata-text', path: 'mitata-text/mitata-0.1.txt' },
  { format: 'pytest-benchmark-table', path: 'pytest-benchmark-table/pytest-benchmark-table.txt' },
  { format: 'pytest-benchmark-table', path: 'pytest-benchmark-table/pytest-benchmark-grouped.txt' },
  { format: 'benchmarkdotnet-markdown', path: 'benchmarkdotnet-markdown/Benchmark.MemoryBench-report-github.md' },
  {
    format: 'benchmarkdotnet-markdown',
    path: 'benchmarkdotnet-markdown/LinqToDB.Benchmarks.Queries.FetchIndividualBenchmark-report-github.md',
  },
  { format: 'benchmarkdotnet-markdown', path: 'benchmarkdotnet-markdown/bdn-console-approved.txt' },
  { format: 'criterion-json', path: 'criterion-json/cargo-criterion.jsonl' },
];

export function fixturePath(path: string): string {
  return FIXTURES + path;
}

export function readFixture(path: string): Buffer {
  return readFileSync(fixturePath(path));
}
