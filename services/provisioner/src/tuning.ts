import type { MinionConfig } from '@benchline/core';

/** Settings the playbook writes to /sys or /proc: the tuning task needs root for them (`become`). */
const HOST_WIDE = ['governor', 'turbo', 'smt', 'swappiness'] as const;

export function tuningNeedsRoot(tuning: MinionConfig['tuning']): boolean {
  return HOST_WIDE.some((setting) => tuning?.[setting] !== undefined);
}
