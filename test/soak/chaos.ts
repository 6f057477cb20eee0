import { setTimeout as sleep } from 'node:timers/promises';
import { SERVICE_NAMES, type ServiceName, type Stack } from '@benchline/local';
import { freePort, until } from '@benchline/servers';
import { cutOffMinion } from '../reliability/support/minion-outage.ts';
import type { ReliabilityStack } from '../reliability/support/reliability-stack.ts';
import type { BrokerNodes } from './broker.ts';
import { FAULT_KINDS, type FaultKind, type FaultRecord } from './observations.ts';

/** How long the system gets to heal from one fault: a restarted service up, every service ready. */
const HEAL_TIMEOUT_MS = 180_000;

/** Service kills take every other turn; the other kinds take turns in between. */
const ROTATION: readonly FaultKind[] = [
  'service-kill',
  'nats-restart',
  'service-kill',
  'influxdb-restart',
  'service-kill',
  'sshd-restart',
  'service-kill',
  'ipfs-outage',
];

export interface ChaosOptions {
  env: ReliabilityStack;
  broker: BrokerNodes;
  minions: readonly string[];
  /** Pause after a fault has healed, before the next. */
  gapMs: number;
  /** How long a NATS node, InfluxDB, a minion's sshd or the IPFS store stays down. */
  outageMs: number;
  log(message: string): void;
}

export interface Chaos {
  /** Finishes the fault in progress and, if some kind was never injected yet, one of each; returns every fault. */
  stop(): Promise<FaultRecord[]>;
}

/**
 * Injects faults one after the other until stopped: SIGKILL of each service in turn (the stack's
 * supervisor restarts it, as `npm start` does), a NATS node restarted on its store, InfluxDB
 * restarted, a minion's sshd restarted with its connections cut, the publisher's IPFS store
 * failing for a while. After each fault it waits until the system has healed (every service
 * ready), and records a fault that did not heal rather than stopping.
 */
export function startChaos(options: ChaosOptions): Chaos {
  const { log } = options;
  const faults: FaultRecord[] = [];
  const stopping = new AbortController();
  const next = turns(options);

  const loop = (async () => {
    while (!stopping.signal.aborted || missingKind(faults)) {
      const { kind, target, inject } = next(stopping.signal.aborted ? missingKind(faults) : undefined);
      const record: FaultRecord = { kind, target, at: Date.now() };
      log(`fault ${faults.length + 1}: ${kind} ${target}`);
      try {
        await inject(record);
        await everyServiceReady(options.env.stack);
      } catch (error) {
        record.problem = (error as Error).message.split('\n')[0];
        log(`fault ${faults.length + 1} did not heal: ${record.problem}`);
      }
      faults.push(record);
      await sleep(options.gapMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  })();

  return {
    stop: async () => {
      stopping.abort();
      await loop;
      return faults;
    },
  };
}

interface Turn {
  kind: FaultKind;
  target: string;
  /** Injects the fault and waits until it is over; notes a killed pid in the record at once. */
  inject(record: FaultRecord): Promise<void>;
}

/** A kind of fault not injected yet, if any. */
function missingKind(faults: FaultRecord[]): FaultKind | undefined {
  return FAULT_KINDS.find((kind) => !faults.some((fault) => fault.kind === kind));
}

/** The next fault of the rotation (or the next of `kind`), each kind cycling through its targets. */
function turns(options: ChaosOptions): (kind?: FaultKind) => Turn {
  const { env, broker, minions, outageMs } = options;
  const { stack } = env;
  let turn = 0;
  const cursor = new Map<FaultKind, number>();
  const nextOf = <T>(kind: FaultKind, targets: readonly T[]): T => {
    const index = cursor.get(kind) ?? 0;
    cursor.set(kind, index + 1);
    return targets[index % targets.length]!;
  };
  return (wanted) => {
    const kind = wanted ?? ROTATION[turn++ % ROTATION.length]!;
    switch (kind) {
      case 'service-kill': {
        const service = nextOf(kind, SERVICE_NAMES);
        return { kind, target: service, inject: (record) => killService(stack, service, record) };
      }
      case 'nats-restart': {
        const node = nextOf(kind, broker.names);
        return { kind, target: node, inject: () => broker.restart(node, outageMs) };
      }
      case 'influxdb-restart':
        return {
          kind,
          target: 'influxd',
          inject: async () => {
            await stack.influxd.stop();
            await sleep(outageMs);
            await stack.influxd.start();
          },
        };
      case 'sshd-restart': {
        const minion = nextOf(kind, minions);
        return {
          kind,
          target: minion,
          inject: async () => {
            const server = env.minionServer(minion);
            await cutOffMinion(server);
            await sleep(outageMs);
            await server.restart();
          },
        };
      }
      case 'ipfs-outage':
        return {
          kind,
          target: 'publisher',
          inject: async () => {
            // As outages.timing.test.ts does: the publisher's IPFS API is a port nobody serves.
            const kuboPort = await freePort();
            await env.restartWithConfig('publisher', { ipfs: { kuboUrl: `http://127.0.0.1:${kuboPort}` } });
            await sleep(outageMs);
            await stack.restartService('publisher');
          },
        };
    }
  };
}

/** kill -9 of the service's process, not `kill()`: a crash, which the supervisor must notice and restart. */
async function killService(stack: Stack, name: ServiceName, record: FaultRecord): Promise<void> {
  const victim = stack.services.get(name);
  const pid = victim?.child.pid;
  if (!victim || pid === undefined) throw new Error(`no running ${name} to kill`);
  record.killedPid = pid;
  process.kill(pid, 'SIGKILL');
  await until(
    `the supervisor to restart ${name} (pid ${pid} killed)`,
    async () => {
      const current = stack.services.get(name);
      return current && current !== victim && current.child.exitCode === null && current.child.signalCode === null
        ? true
        : undefined;
    },
    HEAL_TIMEOUT_MS,
    200,
  );
}

/** Every service answers `/healthz` with 200: connected, consumers bound, dependencies answering. */
async function everyServiceReady(stack: Stack): Promise<void> {
  await until(
    'every service to be ready again',
    async () => {
      const answers = await Promise.all(
        [...stack.services.values()].map((service) =>
          fetch(`${service.healthUrl}/healthz`, { signal: AbortSignal.timeout(5_000) })
            .then((response) => response.ok)
            .catch(() => false),
        ),
      );
      return answers.every(Boolean) ? true : undefined;
    },
    HEAL_TIMEOUT_MS,
    500,
  );
}
