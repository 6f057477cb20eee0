import { join } from 'node:path';
import { SERVICE_NAMES } from '@benchline/local';
import type { BenchStack } from './bench-stack.ts';
import { pidsWhere, withDescendants } from './find-processes.ts';
import { natsServerPid, peakRssKb } from './peak-memory.ts';
import { clockTicksPerSecond, procStat } from './process-cpu.ts';

export const NATS_SERVER = 'nats-server';
export const SSH_MASTERS = 'ssh masters';
export const INFLUXD = 'influxd';
export const MINIONS = 'minions';
/** The parts that are not the controller's own processes. */
const APART = new Set([INFLUXD, MINIONS]);

/** What one part of the stack cost over a window. */
export interface PartCost {
  /** A service's name, NATS_SERVER, SSH_MASTERS, INFLUXD or MINIONS. */
  name: string;
  /** Its processes at the end of the window. */
  processes: number;
  /** CPU time used in the window (own threads plus children waited for), ms. */
  cpuMs: number;
  /** Peak resident set size since its start (VmHWM), summed over its processes, kB. */
  peakRssKb: number;
  /** Processes seen at the start that were gone at the end, no parent of theirs counted: their CPU in the window is not counted. */
  vanished: number;
}

export interface CostWindow {
  finish(): Promise<PartCost[]>;
}

/**
 * Starts measuring the CPU time of every process of the stack: each service (with the ssh clients
 * the provisioner runs and waits for), nats-server, the provisioner's OpenSSH masters (one per
 * minion; detached, so no service's child time holds theirs), and apart from the controller:
 * influxd, and the minions (each sshd with every process below it: sessions, warm checks,
 * wrappers, benchmarks), which on real hardware run on machines of their own.
 */
export async function startCostWindow(bench: BenchStack): Promise<CostWindow> {
  const before = await readTicks(await stackProcesses(bench));
  return {
    async finish() {
      const parts = await stackProcesses(bench);
      const after = await readTicks(parts);
      const msPerTick = 1000 / (await clockTicksPerSecond());
      return Promise.all(
        parts.map(async ({ name, tree }) => {
          const then = before.get(name) ?? new Map<number, number>();
          const now = after.get(name)!;
          const gone = [...then.keys()].filter((pid) => !now.has(pid));
          // In a tree, a process that exited was waited for by its parent, whose child time now holds all of its CPU.
          const goneTicks = tree ? gone.reduce((sum, pid) => sum + then.get(pid)!, 0) : 0;
          const ticks = [...now].reduce((sum, [pid, total]) => sum + total - (then.get(pid) ?? 0), 0) - goneTicks;
          const peaks = await Promise.all([...now.keys()].map((pid) => peakRssKb(pid).catch(() => 0)));
          return {
            name,
            processes: now.size,
            cpuMs: ticks * msPerTick,
            peakRssKb: peaks.reduce((sum, kb) => sum + kb, 0),
            vanished: tree ? 0 : gone.length,
          };
        }),
      );
    },
  };
}

/** The controller's share of the parts (all but influxd and the minions), summed. */
export function controllerTotals(costs: readonly PartCost[]): { cpuMs: number; peakRssKb: number } {
  const controller = costs.filter((part) => !APART.has(part.name));
  return {
    cpuMs: controller.reduce((sum, part) => sum + part.cpuMs, 0),
    peakRssKb: controller.reduce((sum, part) => sum + part.peakRssKb, 0),
  };
}

export const isController = (part: PartCost): boolean => !APART.has(part.name);

interface Part {
  name: string;
  pids: number[];
  /** Every process below the roots is in `pids`, so the ones that exit are waited for by one that is counted. */
  tree: boolean;
}

async function stackProcesses(bench: BenchStack): Promise<Part[]> {
  const { dataDir } = bench;
  const services = SERVICE_NAMES.map((name) => ({
    name,
    pids: [bench.stack.services.get(name)!.child.pid!],
    tree: false,
  }));
  const influxdConfig = join(dataDir, 'influxdb', 'influxdb.conf');
  // sshd retitles its listener "sshd: /usr/sbin/sshd -D -e -f <config> [listener] …"; every minion's config is under the data dir.
  const sshdListeners = await pidsWhere(
    ([title]) => title?.startsWith('sshd: ') === true && title.includes(` -f ${dataDir}/`),
  );
  return [
    ...services,
    { name: NATS_SERVER, pids: [await natsServerPid(join(dataDir, 'nats'))], tree: false },
    // A ControlPersist master retitles itself "ssh: <ControlPath> [mux]"; its path is under the data dir.
    {
      name: SSH_MASTERS,
      pids: await pidsWhere(([title]) => title?.startsWith(`ssh: ${dataDir}/`) === true),
      tree: false,
    },
    {
      name: INFLUXD,
      pids: await pidsWhere((argv) => argv[0] === 'influxd' && argv.at(-1) === influxdConfig),
      tree: false,
    },
    { name: MINIONS, pids: await withDescendants(sshdListeners), tree: true },
  ];
}

/** Per part, each live process's CPU ticks (own + children waited for); a process that just exited is left out. */
async function readTicks(parts: readonly Part[]): Promise<Map<string, Map<number, number>>> {
  const entries = await Promise.all(
    parts.map(async ({ name, pids }) => {
      const stats = await Promise.all(pids.map(async (pid) => [pid, await procStat(pid)] as const));
      const ticks = stats.flatMap(([pid, stat]) => (stat ? [[pid, stat.own + stat.children] as const] : []));
      return [name, new Map(ticks)] as const;
    }),
  );
  return new Map(entries);
}
