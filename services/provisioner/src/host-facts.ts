/** One setting of the minion's tuning (config `tuning`) as the playbook left it. */
export interface TuningFact {
  /** governor, turbo, smt, aslr, swappiness or reserved_cpus. */
  readonly name: string;
  readonly state: 'applied' | 'unavailable';
  /** The value in force, e.g. `performance`, `off`, `10`, `2-3`. */
  readonly value: string;
  /** Why it is unavailable. */
  readonly detail: string;
}

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
  /** Microcode revision of cpu0; '' where not exposed. */
  readonly microcode: string;
  /** `pkg:<package>` → installed version, `bin:<executable>` → first line of `--version`; '' when missing. */
  readonly packages: Readonly<Record<string, string>>;
  readonly tuning: readonly TuningFact[];
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
    microcode: text('microcode'),
    packages: parseVersions(facts.packages),
    tuning: parseTuning(facts.tuning),
  };
}

function parseVersions(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('host fact packages is not an object');
  for (const [name, version] of Object.entries(value))
    if (typeof version !== 'string') throw new Error(`host fact packages.${name} is not a string`);
  return value as Record<string, string>;
}

function parseTuning(value: unknown): TuningFact[] {
  if (!Array.isArray(value)) throw new Error('host fact tuning is not a list');
  return value.map((item: unknown, index) => {
    const setting = (item ?? {}) as Record<string, unknown>;
    const { name, state, value: setTo, detail } = setting;
    if (
      typeof name !== 'string' ||
      (state !== 'applied' && state !== 'unavailable') ||
      typeof setTo !== 'string' ||
      typeof detail !== 'string'
    )
      throw new Error(`host fact tuning[${index}] is not {name, state: applied|unavailable, value, detail}`);
    return { name, state, value: setTo, detail };
  });
}
