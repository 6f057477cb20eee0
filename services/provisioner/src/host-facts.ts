/** What the publisher stores beside the results; read on the minion by ansible/module_utils/benchline_host.py. */
export interface HostFacts {
  readonly cpuModel: string;
  /** Logical CPUs. */
  readonly cores: number;
  readonly kernel: string;
  readonly memoryMb: number;
  readonly os: string;
  /** CPU frequency governor of cpu0; null where the host has no cpufreq (VMs, containers). */
  readonly governor: string | null;
  readonly hostname: string;
}

/** Validates host facts as the minion reported them. */
export function parseHostFacts(value: unknown): HostFacts {
  if (typeof value !== 'object' || value === null) throw new Error('host facts are missing');
  const facts = value as Record<string, unknown>;
  const text = (key: string): string => {
    if (typeof facts[key] !== 'string') throw new Error(`host fact ${key} is not a string`);
    return facts[key];
  };
  const count = (key: string): number => {
    const number = facts[key];
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 0)
      throw new Error(`host fact ${key} is not a count`);
    return number;
  };
  const governor = facts.governor;
  if (governor !== null && typeof governor !== 'string')
    throw new Error('host fact governor is neither a string nor null');
  return {
    cpuModel: text('cpuModel'),
    cores: count('cores'),
    kernel: text('kernel'),
    memoryMb: count('memoryMb'),
    os: text('os'),
    governor,
    hostname: text('hostname'),
  };
}
