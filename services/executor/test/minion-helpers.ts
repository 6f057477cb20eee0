import type { MinionConfig } from '@benchline/core';
import { liveProcesses, type Sshd } from '@benchline/servers';
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

/** Live processes carrying `BENCHLINE_RUN_ID=<runId>` in their environment (the minion is this machine). */
export function pidsWithRunMarker(runId: string): number[] {
  const marker = `BENCHLINE_RUN_ID=${runId}`;
  return liveProcesses('environ', (environment) => environment.includes(marker));
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
