import { parseArgs } from 'node:util';
import { soakReport } from './report.ts';
import { runSoak } from './soak.ts';

/**
 * `npm run soak [-- --minutes N] [--nats-nodes 1|3]`: the chaos soak (issue #21) for N minutes of
 * load and chaos (default 10) on a 3-node NATS cluster (or one nats-server), then the drain and the
 * invariant checker. Prints the report; exit 1 on any violation.
 */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { minutes: { type: 'string', default: '10' }, 'nats-nodes': { type: 'string', default: '3' } },
  });
  const minutes = Number(values.minutes);
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new Error(`--minutes wants a positive number, got ${JSON.stringify(values.minutes)}`);
  const natsNodes = Number(values['nats-nodes']);
  if (natsNodes !== 1 && natsNodes !== 3)
    throw new Error(
      `--nats-nodes wants 1 (one nats-server) or 3 (a cluster), got ${JSON.stringify(values['nats-nodes'])}`,
    );
  const started = Date.now();
  const log = (message: string) =>
    console.log(`soak ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s  ${message}`);
  const result = await runSoak({
    natsNodes,
    durationMs: minutes * 60_000,
    requestIntervalMs: 3_000,
    scheduleCron: '*/30 * * * * *',
    faultGapMs: 10_000,
    outageMs: 5_000,
    drainTimeoutMs: 600_000,
    log,
  });
  console.log(soakReport(result));
  return Object.values(result.violations).some((list) => list.length > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
