import { expect, test } from 'vitest';
import { proto, type BenchmarkConfig } from '@benchline/core';
import { interleaveRepetitions } from '../src/repetitions.ts';
import { tuningLauncher } from '../src/tuning-launcher.ts';

const benchmark = (name: string, repetitions?: number): BenchmarkConfig => ({
  name,
  command: ['true'],
  format: 'auto',
  timeoutSeconds: 1,
  artifacts: [],
  ...(repetitions === undefined ? {} : { repetitions }),
});
const plan = (benchmarks: BenchmarkConfig[]) =>
  interleaveRepetitions(benchmarks).map(({ benchmark: { name }, repetition }) => `${name}#${repetition}`);

test('benchmarks without repetitions run once each, in suite order, as repetition 0', () => {
  expect(plan([benchmark('a'), benchmark('b'), benchmark('c', 1)])).toEqual(['a#0', 'b#0', 'c#0']);
});

test('repetitions interleave round by round; a benchmark with fewer drops out of the later rounds', () => {
  expect(plan([benchmark('a', 2), benchmark('b'), benchmark('c', 3)])).toEqual([
    'a#1',
    'b#0',
    'c#1',
    'a#2',
    'c#2',
    'c#3',
  ]);
  expect(plan([])).toEqual([]);
});

test('the launcher takes only applied per-process settings and refuses a CPU list that is not one', () => {
  const { TUNING_STATE_APPLIED: applied, TUNING_STATE_UNAVAILABLE: unavailable } = proto.TuningState;
  expect(tuningLauncher(undefined)).toEqual([]);
  expect(
    tuningLauncher({
      tuning: [
        { name: 'reserved_cpus', state: applied, value: '2-3,6' },
        { name: 'aslr', state: unavailable, value: '' },
        { name: 'swappiness', state: applied, value: '10' },
      ],
    }),
  ).toEqual(['taskset', '--cpu-list', '2-3,6']);
  expect(() => tuningLauncher({ tuning: [{ name: 'reserved_cpus', state: applied, value: '1; reboot' }] })).toThrow(
    /not a CPU list/,
  );
});
