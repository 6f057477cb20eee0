import type { HostFacts } from '../src/host-facts.ts';

/** Host facts of a VM minion as the playbook and the warm check report them. */
export const VM_FACTS: HostFacts = {
  cpuModel: 'AMD EPYC',
  cores: 2,
  kernel: '6.1.0',
  memoryMb: 4096,
  os: 'Debian GNU/Linux 12 (bookworm)',
  governor: null,
  hostname: 'bench-1',
  microcode: '0x1000065',
  packages: { 'pkg:hyperfine': '1.15.0-2', 'bin:node': 'v20.20.2' },
  tuning: [
    { name: 'governor', state: 'unavailable', value: '', detail: 'no cpufreq' },
    { name: 'swappiness', state: 'applied', value: '10', detail: '' },
  ],
};
