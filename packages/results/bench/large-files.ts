/** ~50 MB results files, one generator per format, each a document of many rows. */
import { readFileSync } from 'node:fs';

const TARGET_BYTES = 50 * 1024 * 1024;

type Row = Record<string, unknown>;

function generate(makeRow: (i: number) => unknown, wrap: (rows: string) => string): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const row = JSON.stringify(makeRow(i));
    rows.push(row);
    size += row.length + 2;
  }
  return wrap(rows.join(',\n'));
}

/** The fixture's document with its rows (the root array, or the array under `key`) replaced by variations of its first row. */
function fromFixture(path: string, key: string | undefined, vary: (row: Row, i: number) => void): () => string {
  return () => {
    const doc = JSON.parse(readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url), 'utf8')) as Row | Row[];
    const first = (Array.isArray(doc) ? doc : (doc[key!] as Row[]))[0]!;
    const makeRow = (i: number) => {
      const row = structuredClone(first);
      vary(row, i);
      return row;
    };
    if (Array.isArray(doc)) return generate(makeRow, (rows) => `[\n${rows}\n]`);
    return generate(makeRow, (rows) =>
      JSON.stringify({ ...doc, [key!]: [] }).replace(`"${key}":[]`, () => `"${key}": [\n${rows}\n]`),
    );
  };
}

export const largeFiles: Record<string, () => string> = {
  benchline: () =>
    generate(
      (i) => ({
        name: `bench_${i % 997}`,
        params: { size: String(i), mode: 'fast' },
        unit: 'ns',
        value: 1000 + (i % 113),
        stddev: 3.5,
        min: 990,
        max: 1200,
        iterations: 10_000,
      }),
      (rows) => `{"version": 1, "benchmarks": [\n${rows}\n]}`,
    ),
  'google-benchmark': () =>
    generate(
      (i) => ({
        name: `BM_Op/size:${i}/threads:1`,
        family_index: 0,
        per_family_instance_index: i,
        run_name: `BM_Op/size:${i}/threads:1`,
        run_type: 'iteration',
        repetitions: 1,
        repetition_index: 0,
        threads: 1,
        iterations: 100_000 + i,
        real_time: 1234.5 + (i % 97),
        cpu_time: 1230.25 + (i % 89),
        time_unit: 'ns',
        bytes_per_second: 8.5e8,
      }),
      (rows) =>
        `{"context": {"date": "2026-01-01T00:00:00+00:00", "num_cpus": 2, "mhz_per_cpu": 2600}, "benchmarks": [\n${rows}\n]}`,
    ),
  'ipfs-benchmarks': fromFixture('ipfs-benchmarks/runner-schema.json', undefined, (row, i) => {
    row.file_set = `set${i}`;
  }),
  hyperfine: fromFixture('hyperfine/hyperfine-params.json', 'results', (row, i) => {
    row.command = `sleep 0.01 # ${i}`;
    row.parameters = { delay: String(i) };
  }),
  'pytest-benchmark': fromFixture('pytest-benchmark/pytest-benchmark.json', 'benchmarks', (row, i) => {
    Object.assign(row, {
      name: `test_fib[${i}]`,
      fullname: `test_b.py::test_fib[${i}]`,
      param: String(i),
      params: { n: i },
    });
  }),
  tinybench: fromFixture('tinybench/tinybench.json', undefined, (row, i) => {
    row.name = `push ${i}`;
  }),
  mitata: fromFixture('mitata/mitata.json', 'benchmarks', (row, i) => {
    row.alias = `bench ${i}`;
    for (const run of row.runs as Row[]) run.args = { n: i };
  }),
  jmh: fromFixture('jmh/jmh-params.json', undefined, (row, i) => {
    row.params = { paramA: String(i), paramB: '33' };
  }),
  benchmarkdotnet: fromFixture('benchmarkdotnet/benchmarkdotnet-fantomas.json', 'Benchmarks', (row, i) => {
    row.Parameters = `N=${i}`;
  }),
  pyperf: fromFixture('pyperf/pyperf-suite.json', 'benchmarks', (row, i) => {
    (row.metadata as Row).name = `fib(${i})`;
  }),
  'vitest-bench': fromFixture('vitest-bench/vitest3-bench.json', 'files', (row, i) => {
    row.filepath = `/repo/bench/file${i}.bench.ts`;
    for (const group of row.groups as Row[]) group.fullName = `bench/file${i}.bench.ts > ${String(group.fullName)}`;
  }),
  'benchmark-ips': fromFixture('benchmark-ips/benchmark-ips.json', undefined, (row, i) => {
    row.name = `addition ${i}`;
  }),
  bmf: () => {
    const members: string[] = [];
    let size = 0;
    for (let i = 0; size < TARGET_BYTES; i++) {
      const measures = {
        latency: { value: 88 + (i % 7), lower_value: 87.42, upper_value: 88.88 },
        throughput: { value: 5.55 },
      };
      const member = `${JSON.stringify(`bench::case_${i}`)}: ${JSON.stringify(measures)}`;
      members.push(member);
      size += member.length + 2;
    }
    return `{\n${members.join(',\n')}\n}`;
  },
};
