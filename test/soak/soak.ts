import { setTimeout as sleep } from 'node:timers/promises';
import { startReliabilityStack } from '../reliability/support/reliability-stack.ts';
import { waitForTerminal } from '../reliability/support/runs.ts';
import { brokerNodes } from './broker.ts';
import { startChaos } from './chaos.ts';
import { checkInvariants, type InvariantName } from './invariants.ts';
import { httpRequest, soakSchedules, startLoad } from './load.ts';
import type { SoakObservations } from './observations.ts';
import { drain, observe } from './observe.ts';

/** Three minions, each a loopback sshd of its own: the stack's "local" and two more. */
const MINIONS = ['local', 'm2', 'm3'] as const;
const WARM_UP_TIMEOUT_MS = 300_000;

export interface SoakOptions {
  /** NATS nodes: 1 runs a single nats-server, 3 a cluster whose nodes the chaos restarts one at a time. */
  natsNodes: number;
  /** How long the load and the chaos run (the chaos goes on until it injected each kind of fault once). */
  durationMs: number;
  /** Between two requests of the load (HTTP and NATS take turns). */
  requestIntervalMs: number;
  /** Cron (with seconds) of the schedules, one per minion. */
  scheduleCron: string;
  /** Pause between one fault having healed and the next. */
  faultGapMs: number;
  /** How long a NATS node, InfluxDB, an sshd or the IPFS store stays down. */
  outageMs: number;
  /** How long the runs get to finish once load and chaos stopped; unfinished ones are violations. */
  drainTimeoutMs: number;
  log(message: string): void;
}

export interface SoakResult {
  observations: SoakObservations;
  violations: Record<InvariantName, string[]>;
  /** Wall time of the load and chaos phase, and of the drain after it. */
  loadMs: number;
  drainMs: number;
}

/**
 * Issue #21's chaos soak: the whole pipeline with three minions, a steady stream of runs from
 * all three entry points, and a chaos driver killing and restarting everything in turn; then the
 * runs drain and the invariant checker judges what is left.
 */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const { log } = options;
  const soakId = `soak-${Date.now().toString(36)}`;
  const broker = options.natsNodes > 1 ? `a ${options.natsNodes}-node NATS cluster` : 'nats-server';
  log(`${soakId}: starting the stack (${broker}, influxd, ${MINIONS.length} sshd minions, the services)`);
  const env = await startReliabilityStack(soakId, {
    extraMinions: MINIONS.filter((minion) => minion !== 'local'),
    supervise: { healthPollMs: 0 },
    ...(options.natsNodes > 1 && { natsClusterSize: options.natsNodes }),
    configOverrides: { schedules: soakSchedules(soakId, MINIONS, options.scheduleCron) },
  });
  try {
    log('warm-up: one run per minion (cold provisioning)');
    const warmUp = await Promise.all(MINIONS.map((minion, index) => httpRequest(env, soakId, -1 - index, minion)));
    await waitForTerminal(env.jsm, warmUp, WARM_UP_TIMEOUT_MS);

    log(`load and chaos for ${Math.round(options.durationMs / 1000)} s`);
    const started = Date.now();
    const load = startLoad({ env, minions: MINIONS, soakId, intervalMs: options.requestIntervalMs, log });
    const chaos = startChaos({
      env,
      broker: brokerNodes(env.stack),
      minions: MINIONS,
      gapMs: options.faultGapMs,
      outageMs: options.outageMs,
      log,
    });
    await sleep(options.durationMs);
    const faults = await chaos.stop();
    const loaded = await load.stop();
    // The schedules would go on requesting runs while the rest drains.
    await env.restartWithConfig('trigger', { schedules: [] });
    const loadMs = Date.now() - started;
    const accepted = [...warmUp, ...loaded.accepted];

    log(`drain: waiting for every run to finish (at most ${Math.round(options.drainTimeoutMs / 1000)} s)`);
    const unfinished = await drain(
      env,
      accepted.map((run) => run.runId),
      options.drainTimeoutMs,
    );
    const drainMs = Date.now() - started - loadMs;
    if (unfinished > 0) log(`${unfinished} run(s) still unfinished after the drain`);

    const observations = await observe(env, MINIONS, { ...loaded, accepted }, faults);
    return { observations, violations: checkInvariants(observations), loadMs, drainMs };
  } finally {
    await env.close();
  }
}
