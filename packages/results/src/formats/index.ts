import type { FormatAdapter } from '../adapter.ts';
import { benchline } from './benchline.ts';
import { benchmarkDotNet } from './benchmarkdotnet.ts';
import { benchmarkJs } from './benchmark-js.ts';
import { catch2Xml } from './catch2-xml.ts';
import { criterion } from './criterion.ts';
import { criterionBencher } from './criterion-bencher.ts';
import { goTest } from './go-test.ts';
import { googleBenchmark } from './google-benchmark.ts';
import { hyperfine } from './hyperfine.ts';
import { ipfsBenchmarks } from './ipfs-benchmarks.ts';
import { jmh } from './jmh.ts';
import { mitata } from './mitata.ts';
import { pytestBenchmark } from './pytest-benchmark.ts';
import { rustLibtest } from './rust-libtest.ts';
import { tinybench } from './tinybench.ts';

/** In detection order: every signature is specific enough that at most one JSON adapter claims a document. */
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
  catch2Xml,
  goTest,
  criterionBencher,
  rustLibtest,
  benchmarkJs,
];
