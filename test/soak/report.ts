import Table from 'cli-table3';
import { ENTRY_POINTS, FAULT_KINDS, type RunRecord } from './observations.ts';
import type { SoakResult } from './soak.ts';

function table(head: string[], rows: (string | number)[][]): string {
  const output = new Table({ head, style: { head: [], border: [] } });
  output.push(...rows.map((row) => row.map(String)));
  return output.toString();
}

const ended = (run: RunRecord, stage: keyof RunRecord['events']) => (run.events[stage] ?? 0) > 0;

function runRow(label: string, runs: RunRecord[]): (string | number)[] {
  const published = runs.filter((run) => ended(run, 'published'));
  const failed = runs.filter((run) => ended(run, 'failed')).length;
  return [
    label,
    runs.length,
    published.length,
    published.filter((run) => ended(run, 'analyzed')).length,
    failed,
    runs.length - published.length - failed,
  ];
}

/** What the soak did and found: runs by entry point and outcome, failures by code, faults by kind, violations. */
export function soakReport({ observations, violations, loadMs, drainMs }: SoakResult): string {
  const { runs, faults } = observations;
  const entries = [...ENTRY_POINTS, ...(runs.some((run) => run.entry === 'other') ? (['other'] as const) : [])];
  const runsTable = table(
    ['entry point', 'runs', 'published', 'of which analyzed', 'failed', 'unfinished'],
    [
      ...entries.map((entry) =>
        runRow(
          entry,
          runs.filter((run) => run.entry === entry),
        ),
      ),
      runRow('all', runs),
    ],
  );

  const failures = new Map<string, number>();
  for (const run of runs)
    if (run.failure) {
      const key = `${run.failure.stage.replace('STAGE_', '').toLowerCase()}\t${run.failure.code}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
    }
  const failuresTable = table(
    ['failed at', 'code', 'runs'],
    [...failures].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => [...key.split('\t'), n]),
  );

  const faultsTable = table(
    ['fault', 'injected', 'targets', 'not healed'],
    FAULT_KINDS.map((kind) => {
      const ofKind = faults.filter((fault) => fault.kind === kind);
      const targets = new Map<string, number>();
      for (const fault of ofKind) targets.set(fault.target, (targets.get(fault.target) ?? 0) + 1);
      return [
        kind,
        ofKind.length,
        [...targets].map(([target, n]) => `${target} ×${n}`).join(', '),
        ofKind.filter((fault) => fault.problem).length,
      ];
    }),
  );

  const found = Object.entries(violations);
  const total = found.reduce((sum, [, list]) => sum + list.length, 0);
  const invariantsTable = table(
    ['invariant', 'violations'],
    found.map(([name, list]) => [name, list.length]),
  );
  const details = found.flatMap(([name, list]) => list.map((violation) => `  ${name}: ${violation}`));

  return [
    `Soak: ${(loadMs / 60_000).toFixed(1)} min of load and chaos, ${Math.round(drainMs / 1000)} s of drain; ${runs.length} runs, ${faults.length} faults`,
    runsTable,
    failures.size > 0 ? failuresTable : 'No run failed.',
    faultsTable,
    invariantsTable,
    `violations = ${total}`,
    ...details,
  ].join('\n');
}
