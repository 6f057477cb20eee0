import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { detectChangePoints } from '@benchline/analysis';
import type { Figures } from '../lib/cli.ts';
import { IN_PROCESS_DETECTORS } from './detectors.ts';
import { detectionDelay, falseAlertsPer1000, scoreSynthetic, scoreTcpd } from './evaluate.ts';
import { installReferences, REFERENCES, runReference } from './references.ts';
import { SERIES_LENGTH, NOISE_MODELS, SyntheticGenerator } from './synthetic.ts';
import { syntheticSets, type SyntheticSets } from './synthetic-sets.ts';
import type { DetectorResult } from './detector-result.ts';
import { formatTable, formatTalosTable } from './table.ts';
import { loadTalos, talosAgreement, type TalosAgreement } from './talos.ts';
import { loadTcpd, type AnnotatedSeries } from './tcpd.ts';

export interface DetectBenchResult {
  detectors: DetectorResult[];
  /** Benchline's detectChangePoints on one 5000-point series, ms. */
  ms5000: number;
  /** Benchline's detectChangePoints on 1000 series × 500 points, ms. */
  ms1000x500: number;
  tcpdSeries: number;
  syntheticSeries: number;
  /** The in-process detectors on the Talos series, against Perfherder's production alerts. */
  talos: (TalosAgreement & { name: string })[];
}

interface DetectBenchOptions {
  /** Synthetic series per noise model (with steps; as many change-free). */
  perModel: number;
  /** Also run the Python reference packages. */
  references: boolean;
}

type Predict = (values: readonly number[]) => number[];

export async function runDetectBench(options: DetectBenchOptions): Promise<DetectBenchResult> {
  const tcpd = await loadTcpd();
  const sets = syntheticSets(options.perModel);
  const detectors: DetectorResult[] = IN_PROCESS_DETECTORS.map((detector) => ({
    ...scoreAll(detector.detect, tcpd, sets),
    name: detector.name,
    delays: sets.delay.map((series) => detectionDelay(detector, series)),
  }));
  if (options.references) detectors.push(...(await referenceResults(tcpd, sets)));
  const talos = loadTalos();
  return {
    detectors,
    ...timeBenchline(),
    tcpdSeries: tcpd.length,
    syntheticSeries: sets.steps.length + sets.changeFree.length + sets.delay.length,
    talos: IN_PROCESS_DETECTORS.map((detector) => ({ name: detector.name, ...talosAgreement(detector, talos) })),
  };
}

function scoreAll(predict: Predict, tcpd: readonly AnnotatedSeries[], sets: SyntheticSets) {
  const on = (group: readonly { values: readonly number[] }[]) => group.map((series) => predict(series.values));
  return scoreFromPredictions(on(tcpd), on(sets.steps), on(sets.changeFree), tcpd, sets);
}

function scoreFromPredictions(
  tcpdFound: number[][],
  stepsFound: number[][],
  freeFound: number[][],
  tcpd: readonly AnnotatedSeries[],
  sets: SyntheticSets,
): Omit<DetectorResult, 'name'> {
  const falseAlerts = Object.fromEntries(
    NOISE_MODELS.map((noise) => {
      const picked = sets.changeFree.flatMap((series, k) => (series.noise === noise ? [k] : []));
      return [
        noise,
        falseAlertsPer1000(
          picked.map((k) => sets.changeFree[k]!),
          picked.map((k) => freeFound[k]!),
        ),
      ];
    }),
  );
  return { tcpd: scoreTcpd(tcpd, tcpdFound), synthetic: scoreSynthetic(sets.steps, stepsFound), falseAlerts };
}

async function referenceResults(tcpd: readonly AnnotatedSeries[], sets: SyntheticSets): Promise<DetectorResult[]> {
  const installed = await installReferences();
  const results: DetectorResult[] = [];
  for (const reference of REFERENCES) {
    const problem = installed.get(reference.pypi);
    if (problem !== undefined) {
      results.push({ name: reference.name, unavailable: problem });
      continue;
    }
    const groups = [tcpd, sets.steps, sets.changeFree].map((group) => group.map((series) => series.values));
    const found = await runReference(reference.method, groups.flat());
    if (typeof found === 'string') {
      results.push({ name: reference.name, unavailable: found });
      continue;
    }
    const tcpdFound = found.slice(0, tcpd.length);
    const stepsFound = found.slice(tcpd.length, tcpd.length + sets.steps.length);
    const freeFound = found.slice(tcpd.length + sets.steps.length);
    results.push({ name: reference.name, ...scoreFromPredictions(tcpdFound, stepsFound, freeFound, tcpd, sets) });
  }
  return results;
}

function timeBenchline(): { ms5000: number; ms1000x500: number } {
  const generator = new SyntheticGenerator(5000);
  const long = Array.from({ length: 5000 / SERIES_LENGTH }, () => generator.series('gaussian', 1).values).flat();
  const many = Array.from(
    { length: 1000 },
    (_, k) => generator.series(NOISE_MODELS[k % NOISE_MODELS.length]!, k % 3).values,
  );
  let start = performance.now();
  detectChangePoints(long);
  const ms5000 = performance.now() - start;
  start = performance.now();
  for (const values of many) detectChangePoints(values);
  return { ms5000, ms1000x500: performance.now() - start };
}

export interface Target {
  id: string;
  what: string;
  met: boolean;
}

export function targets(result: DetectBenchResult): Target[] {
  const [own, ...others] = result.detectors;
  if (own?.tcpd === undefined || own.synthetic === undefined) throw new Error('Benchline did not run');
  const { tcpd, synthetic } = own;
  const available = others.filter((detector) => detector.unavailable === undefined);
  const delays = own.delays ?? [];
  const withinFive = delays.filter((delay) => delay !== undefined && delay <= 5).length / delays.length;
  const worstFalseAlerts = Math.max(...Object.values(own.falseAlerts ?? {}));
  return [
    { id: 'tcpd-f1', what: `TCPD F1 ≥ 0.75 (${tcpd.f1.toFixed(3)})`, met: tcpd.f1 >= 0.75 },
    { id: 'tcpd-cover', what: `TCPD cover ≥ 0.70 (${tcpd.cover.toFixed(3)})`, met: tcpd.cover >= 0.7 },
    {
      id: 'delay',
      what: `5 % step at CoV 1 % found within 5 runs in ≥ 95 % (${(100 * withinFive).toFixed(1)} %)`,
      met: withinFive >= 0.95,
    },
    {
      id: 'false-alerts',
      what: `≤ 1 false alert per 1000 points, every noise model (worst ${worstFalseAlerts.toFixed(2)})`,
      met: worstFalseAlerts <= 1,
    },
    { id: 'best-tcpd', what: 'highest F1 on TCPD', met: available.every((other) => (other.tcpd?.f1 ?? 0) < tcpd.f1) },
    {
      id: 'best-synthetic',
      what: 'highest F1 on synthetic',
      met: available.every((other) => (other.synthetic?.f1 ?? 0) < synthetic.f1),
    },
    { id: 'time-5000', what: `5000 points in < 1 s (${result.ms5000.toFixed(0)} ms)`, met: result.ms5000 < 1000 },
    {
      id: 'time-1000x500',
      what: `1000 series × 500 points in < 5 s (${result.ms1000x500.toFixed(0)} ms)`,
      met: result.ms1000x500 < 5000,
    },
  ];
}

const OPTIONS = { quick: { type: 'boolean' }, runs: { type: 'string' }, out: { type: 'string' } } as const;

/** `npm run bench:detect [-- --quick] [--runs N]`: N synthetic series per noise model (default 40, quick 8). */
export async function detectBench(argv: string[]): Promise<Figures> {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  const perModel = values.runs === undefined ? (values.quick ? 8 : 40) : Number(values.runs);
  if (!Number.isInteger(perModel) || perModel < 1) {
    throw new Error(`--runs wants a positive integer, got ${values.runs}`);
  }
  const started = performance.now();
  const result = await runDetectBench({ perModel, references: !values.quick });
  console.log(
    `Change detection: ${result.tcpdSeries} TCPD series, ${result.syntheticSeries} synthetic series ` +
      `(${perModel} per noise model), ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  console.log(formatTable(result.detectors));
  console.log(
    `\nTalos: the ${result.talos[0]!.alerts} changes Perfherder's production detector finds on 7 real Firefox ` +
      'series (before its 2 % alert threshold; its output, not ground truth)\n',
  );
  console.log(formatTalosTable(result.talos));
  const met = targets(result);
  console.log('');
  for (const target of met) console.log(`${target.met ? 'PASS' : 'MISS'} ${target.what}`);
  const own = result.detectors[0]!;
  return {
    benchmark: 'Change detection (bench/detect)',
    rows: [
      { label: 'Benchline TCPD F1 / cover', value: `${own.tcpd!.f1.toFixed(3)} / ${own.tcpd!.cover.toFixed(3)}` },
      { label: 'Benchline synthetic F1', value: own.synthetic!.f1.toFixed(3) },
      {
        label: "Benchline on Talos: Perfherder's changes found / changes reported",
        value: `${result.talos[0]!.alertsFound} of ${result.talos[0]!.alerts} / ${result.talos[0]!.changes}`,
      },
      {
        label: 'detection time, 5000 points / 1000 × 500 points',
        value: `${result.ms5000.toFixed(0)} ms / ${result.ms1000x500.toFixed(0)} ms`,
      },
    ],
    targets: met,
  };
}

// Not ../lib/cli.ts's runAsScript: its argument parser is strict and knows no --quick.
if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  detectBench(argv).then(
    async (figures) => {
      const { out } = parseArgs({ args: argv, options: OPTIONS }).values;
      if (out) await writeFile(out, JSON.stringify(figures));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
      process.exit(1);
    },
  );
}
