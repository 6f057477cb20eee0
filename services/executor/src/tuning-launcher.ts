import { proto, type RunProvisioned } from '@benchline/core';

const CPU_LIST = /^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$/;

/**
 * The command prefix that applies the minion's per-process tuning to a benchmark (and the canary): pinned to
 * the reserved CPUs (`taskset --cpu-list`) and without address space randomization (`setarch -R`), each only
 * when the provisioner found it applicable on the minion (HostFacts.tuning, state APPLIED). Nothing outside
 * the benchmark's own processes changes.
 */
export function tuningLauncher(host: NonNullable<RunProvisioned['provisioning']>['host']): string[] {
  const applied = (name: string) =>
    host?.tuning?.find((setting) => setting.name === name && setting.state === proto.TuningState.TUNING_STATE_APPLIED)
      ?.value;
  const cpus = applied('reserved_cpus');
  if (cpus !== undefined && cpus !== null && !CPU_LIST.test(cpus))
    throw new Error(`reserved_cpus ${JSON.stringify(cpus)} in the host facts is not a CPU list`);
  return [...(cpus ? ['taskset', '--cpu-list', cpus] : []), ...(applied('aslr') === 'off' ? ['setarch', '-R'] : [])];
}
