import { describe, expect, test } from 'vitest';
import { decideWarm, parseObservation, type MinionObservation } from '../src/warm-decision.ts';
import { VM_FACTS } from './host-facts-fixture.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const facts = VM_FACTS;
const upToDate: MinionObservation = {
  resolvedCommit: A,
  head: A,
  trackedChanges: false,
  provisionedStamp: { commit: A, fingerprint: 'fp' },
  setupStamp: { commit: A, inputs: { 'package-lock.json': 'h1' } },
  setupInputs: { 'package-lock.json': 'h1' },
  leftoverRuns: [],
  strayProcesses: [],
  tuningPending: [],
  facts,
};

test('an up-to-date minion is warm and reports the commit and its current facts', () => {
  expect(decideWarm(upToDate, 'fp')).toEqual({ warm: true, commit: A, facts });
});

describe('anything the playbook would change makes the minion cold', () => {
  test.each<[string, Partial<MinionObservation>, string | RegExp]>([
    ['unresolvable ref', { resolvedCommit: null }, 'cannot be resolved'],
    ['never provisioned', { provisionedStamp: null }, 'never provisioned'],
    ['moved branch', { resolvedCommit: B }, `the ref now names ${B}`],
    ['checkout elsewhere', { head: B }, 'checkout is at another commit'],
    ['modified tracked files', { trackedChanges: true }, 'modified tracked files'],
    ['missing checkout', { trackedChanges: null }, 'modified tracked files'],
    ['changed lockfile', { setupInputs: { 'package-lock.json': 'h2' } }, 'setup inputs changed'],
    ['new setup input', { setupInputs: { 'package-lock.json': 'h1', 'yarn.lock': null } }, 'setup inputs changed'],
    ['setup never finished', { setupStamp: null }, 'setup inputs changed'],
    ['leftover run dir', { leftoverRuns: ['run-7'] }, '1 leftover run directory'],
    ['stray process', { strayProcesses: [4242] }, '1 stray benchmark process'],
    ['tuning drifted', { tuningPending: ['swappiness'] }, 'host tuning to apply: swappiness'],
  ])('%s', (_, change, reason) => {
    const decision = decideWarm({ ...upToDate, ...change }, 'fp');
    expect(decision.warm).toBe(false);
    expect(decision.warm ? '' : decision.reason).toMatch(reason);
  });

  test('changed playbook or suite provisioning config', () => {
    expect(decideWarm(upToDate, 'other-fp')).toMatchObject({
      warm: false,
      reason: expect.stringContaining('config changed'),
    });
  });
});

test('parseObservation validates the facts the script printed', () => {
  expect(parseObservation(JSON.stringify(upToDate)).facts).toEqual(facts);
  expect(() => parseObservation(JSON.stringify({ ...upToDate, facts: { ...facts, cores: 'two' } }))).toThrow(
    /cores is not a count/,
  );
  expect(() =>
    parseObservation(JSON.stringify({ ...upToDate, facts: { ...facts, tuning: [{ name: 'smt', state: 'maybe' }] } })),
  ).toThrow(/tuning\[0\] is not/);
  expect(() =>
    parseObservation(JSON.stringify({ ...upToDate, facts: { ...facts, packages: { 'bin:x': 1 } } })),
  ).toThrow(/packages.bin:x is not a string/);
  expect(() => parseObservation('{"hello": 1}')).toThrow(/something other than an observation/);
});
