import { describe, expect, it } from 'vitest';
import { proto, TriggerSource, type RunRequest } from '@benchline/core';
import { repeatRequest, repeatRunId } from '../src/noisy-repeat.ts';

const request = (runId: string, tags: string[] = ['nightly']): RunRequest =>
  proto.RunRequest.create({
    runId,
    suite: 's',
    ref: 'main',
    benchmarks: ['b'],
    parameters: { size: '1KB' },
    minion: 'm1',
    tags,
    source: TriggerSource.TRIGGER_SOURCE_HTTP,
    requestedAt: '2026-01-01T00:00:00.000Z',
  }) as RunRequest;

describe('the repeat of a noisy run', () => {
  it('is the same run at the measured commit, with a deterministic id and a repeat-of tag', () => {
    const repeat = repeatRequest(request('run-1'), proto.Provisioning.create({ commit: 'abc123' }));
    expect(repeat).toMatchObject({
      runId: 'run-1-repeat',
      suite: 's',
      ref: 'abc123',
      benchmarks: ['b'],
      parameters: { size: '1KB' },
      minion: 'm1',
      tags: ['nightly', 'repeat-of:run-1'],
      requestedBy: 'analyzer',
    });
  });

  it('is never asked for a repeat', () => {
    const repeat = repeatRequest(request('run-1'), undefined)!;
    expect(repeat.ref).toBe('main');
    expect(repeatRequest(repeat, undefined)).toBeUndefined();
  });

  it('has an id that is a valid run id however long the original', () => {
    const long = 'x'.repeat(64);
    expect(repeatRunId(long)).toMatch(/^repeat-[0-9a-f]{24}$/);
    expect(repeatRunId(long)).toBe(repeatRunId(long));
  });
});
