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
];

export function fixturePath(path: string): string {
  return FIXTURES + path;
}

export function readFixture(path: string): Buffer {
  return readFileSync(fixturePath(path));
}
