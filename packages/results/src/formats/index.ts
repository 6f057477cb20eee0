import type { FormatAdapter } from '../adapter.ts';
import { asv } from './asv.ts';
import { bencherMetricFormat } from './bencher-metric-format.ts';
import { benchline } from './benchline.ts';
import { benchmarkIps } from './benchmark-ips.ts';
import { benchmarkDotNet } from './benchmarkdotnet.ts';
import { benchmarkDotNetMarkdown } from './benchmarkdotnet-markdown.ts';
import { benchmarkJs } from './benchmark-js.ts';
import { catch2Console } from './catch2-console.ts';
import { catch2Xml } from './catch2-xml.ts';
import { criterion } from './criterion.ts';
import { criterionBencher } from './criterion-bencher.ts';
import { criterionJson } from './criterion-json.ts';
import { criterionTerminal } from './criterion-terminal.ts';
import { dartBenchmarkHarness } from './dart-benchmark-harness.ts';
import { divan } from './divan.ts';
import { goTest } from './go-test.ts';
import { googleBenchmark } from './google-benchmark.ts';
import { googleBenchmarkConsole } from './google-benchmark-console.ts';
import { hyperfine } from './hyperfine.ts';
import { hyperfineTerminal } from './hyperfine-terminal.ts';
import { iaiCallgrind } from './iai-callgrind.ts';
import { ipfsBenchmarks } from './ipfs-benchmarks.ts';
import { jmh } from './jmh.ts';
import { jmhText } from './jmh-text.ts';
import { k6Summary } from './k6.ts';
import { mitata } from './mitata.ts';
import { mitataText } from './mitata-text.ts';
import { pyperf } from './pyperf.ts';
import { pytestBenchmark } from './pytest-benchmark.ts';
import { pytestBenchmarkTable } from './pytest-benchmark-table.ts';
import { rustLibtest } from './rust-libtest.ts';
import { tinybench } from './tinybench.ts';
import { vitestBench } from './vitest-bench.ts';

/**
 * In detection order: every signature is specific enough that at most one JSON adapter claims a
 * document (bmf, whose signature is the loosest, comes last of them), and text adapters look for
 * result lines no other tool prints.
 */
export const adapters: readonly FormatAdapter[] = [
  benchline,
  ipfsBenchmarks,
  hyperfine,
  googleBenchmark,
  pytestBenchmark,
  criterion,
  tinybench,
  mitata,
  jmh,
  benchmarkDotNet,
  pyperf,
  asv,
  vitestBench,
  k6Summary,
  benchmarkIps,
  bencherMetricFormat,
  catch2Xml,
  goTest,
  criterionBencher,
  rustLibtest,
  benchmarkJs,
  catch2Console,
  criterionTerminal,
  iaiCallgrind,
  divan,
  dartBenchmarkHarness,
  hyperfineTerminal,
  googleBenchmarkConsole,
  jmhText,
  mitataText,
  pytestBenchmarkTable,
  benchmarkDotNetMarkdown,
  criterionJson,
];
