import { expect, test } from 'vitest';
import { proto } from '@benchline/core';
import { hostFactsMessage } from '../src/host-facts-message.ts';
import { VM_FACTS } from './host-facts-fixture.ts';

test('host facts become a HostFacts message that survives encoding: tuning states as the enum, no governor as ""', () => {
  const facts = VM_FACTS;
  const decoded = proto.HostFacts.decode(
    proto.HostFacts.encode(proto.HostFacts.create(hostFactsMessage(facts))).finish(),
  );

  expect(proto.HostFacts.toObject(decoded, { defaults: true, longs: Number })).toEqual({
    ...facts,
    governor: '',
    tuning: [
      { name: 'governor', state: proto.TuningState.TUNING_STATE_UNAVAILABLE, value: '', detail: 'no cpufreq' },
      { name: 'swappiness', state: proto.TuningState.TUNING_STATE_APPLIED, value: '10', detail: '' },
    ],
  });
});
