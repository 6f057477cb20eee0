import { readdirSync, readFileSync } from 'node:fs';
import type { MinionConfig } from '@benchline/core';
import type { Sshd } from '@benchline/servers';
import { pino } from 'pino';
import ssh2 from 'ssh2';

export const silentLogger = pino({ level: 'silent' });

export function minionFor(sshd: Sshd, workDir: string, overrides: Partial<MinionConfig> = {}): MinionConfig {
  return {
    host: sshd.host,
    port: sshd.port,
    user: sshd.user,
    privateKeyFile: sshd.clientKey.privateKeyPath,
    hostKey: sshd.hostKey,
    workDir,
    ...overrides,
  };
}

/** The test shares the minion's machine, so it can look at the minion's processes directly. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Live processes carrying `BENCHLINE_RUN_ID=<runId>` in their environment. */
export function pidsWithRunMarker(runId: string): number[] {
  const marker = `BENCHLINE_RUN_ID=${runId}`;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(marker) && isAlive(pid);
      } catch {
        return false;
      }
    });
}

export interface SshActivity {
  /** The command line of every SSH exec, in order. */
  readonly execs: string[];
  /** New SSH connections attempted. */
  connects: number;
  stop(): void;
}

/** Records every SSH exec and connection this process makes (through ssh2, which node-ssh uses) until stop(). */
export function recordSshActivity(): SshActivity {
  const prototype = ssh2.Client.prototype;
  const { exec, connect } = prototype;
  const activity: SshActivity = {
    execs: [],
    connects: 0,
    stop: () => Object.assign(prototype, { exec, connect }),
  };
  prototype.exec = function (this: ssh2.Client, ...args: Parameters<typeof exec>) {
    activity.execs.push(args[0]);
    return exec.apply(this, args);
  } as typeof exec;
  prototype.connect = function (this: ssh2.Client, ...args: Parameters<typeof connect>) {
    activity.connects++;
    return connect.apply(this, args);
  };
  return activity;
}
