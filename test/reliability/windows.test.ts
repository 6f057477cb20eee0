import { describe, expect, it } from 'vitest';
import { overlaps, type Window } from './support/windows.ts';

const w = (runId: string, start: number, end: number): Window => ({ runId, start, end });

/** The checker the sequence tests rely on must itself be able to fail. */
describe('overlaps', () => {
  it('finds none in back-to-back windows, touching ends included', () => {
    expect(overlaps([w('b', 10, 20), w('a', 0, 10), w('c', 25, 30)])).toEqual([]);
  });

  it('finds a window starting inside another', () => {
    expect(overlaps([w('a', 0, 10), w('b', 9, 20)])).toEqual([[w('a', 0, 10), w('b', 9, 20)]]);
  });

  it('finds a window nested in a long one even after a short one in between', () => {
    expect(overlaps([w('long', 0, 100), w('short', 10, 20), w('late', 50, 60)]).map(([a, b]) => `${a.runId}/${b.runId}`)).toEqual(['long/short', 'long/late']);
  });
});
