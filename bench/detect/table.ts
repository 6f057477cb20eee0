import type { Scores } from './evaluate.ts';
import type { DetectorResult } from './detector-result.ts';
import type { TalosAgreement } from './talos.ts';

const HEADERS = [
  'Detector',
  'TCPD F1',
  'cover',
  'P',
  'R',
  'Synth F1',
  'cover',
  'P',
  'R',
  'false/1000 (worst model)',
  'delay median',
  '≤ 5 runs',
];

/** The results as a Markdown table: rows = detectors, columns = scores per data set. */
export function formatTable(detectors: readonly DetectorResult[]): string {
  const rows = detectors.map((detector) =>
    detector.unavailable === undefined
      ? row(detector)
      : [detector.name, `unavailable: ${detector.unavailable}`, ...HEADERS.slice(2).map(() => '')],
  );
  return markdown(HEADERS, rows);
}

/** The Talos agreement as a Markdown table: rows = detectors. */
export function formatTalosTable(results: readonly (TalosAgreement & { name: string })[]): string {
  const headers = ['Detector', "Perfherder's changes found (± 5 points)", 'changes reported'];
  return markdown(
    headers,
    results.map(({ name, alertsFound, alerts, changes }) => [name, `${alertsFound} of ${alerts}`, String(changes)]),
  );
}

function markdown(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, headers.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function row(detector: DetectorResult): string[] {
  const falseAlerts = Object.entries(detector.falseAlerts ?? {});
  const worst = falseAlerts.reduce<[string, number] | undefined>(
    (max, entry) => (max === undefined || entry[1] > max[1] ? entry : max),
    undefined,
  );
  return [
    detector.name,
    ...scoreCells(detector.tcpd),
    ...scoreCells(detector.synthetic),
    worst === undefined ? '—' : `${worst[1].toFixed(2)} (${worst[0]})`,
    ...delayCells(detector.delays),
  ];
}

function scoreCells(scores: Scores | undefined): string[] {
  return [scores?.f1, scores?.cover, scores?.precision, scores?.recall].map((value) =>
    value === undefined ? '—' : value.toFixed(3),
  );
}

function delayCells(delays: readonly (number | undefined)[] | undefined): string[] {
  if (delays === undefined || delays.length === 0) return ['—', '—'];
  const found = delays.filter((delay): delay is number => delay !== undefined).sort((a, b) => a - b);
  const within = found.filter((delay) => delay <= 5).length;
  const median = found.length === 0 ? '—' : String(found[Math.floor((found.length - 1) / 2)]);
  return [
    `${median}${found.length < delays.length ? ` (${delays.length - found.length} missed)` : ''}`,
    `${((100 * within) / delays.length).toFixed(0)} %`,
  ];
}
