import { readdirSync, readFileSync } from 'node:fs';
import type { MinionConfig } from '@benchline/core';
import type { Sshd } from '@benchline/testing';
import { pino } from 'pino';

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
