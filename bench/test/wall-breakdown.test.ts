import { describe, expect, it } from 'vitest';
import type { RunSpan } from '../lib/minion-timeline.ts';
import { wallBreakdown } from '../lib/wall-breakdown.ts';

const span = (minion: string, startMs: number, endMs: number): RunSpan => ({
  minion,
  startMs,
  endMs,
  provisioningMs: 0,
  executionMs: endMs - startMs,
});

describe('wallBreakdown', () => {
  it('splits the wall time along the minion that finished last, parts adding up to the wall time', () => {
    const spans = [span('a', 100, 2200), span('b', 150, 2150), span('a', 2210, 4300), span('b', 2160, 4160)];
    const breakdown = wallBreakdown(spans, { startedAt: 0, finishedAt: 4350, benchmarkMs: 2000 });
    expect(breakdown).toEqual({
      minion: 'a',
      runs: 2,
      firstStartMs: 100,
      benchmarkMs: 4000,
      overheadMs: 2100 + 2090 - 4000,
      handOversMs: 10,
      tailMs: 50,
    });
    const { firstStartMs, benchmarkMs, overheadMs, handOversMs, tailMs } = breakdown;
    expect(firstStartMs + benchmarkMs + overheadMs + handOversMs + tailMs).toBe(4350);
  });

  it('refuses an empty batch', () => {
    expect(() => wallBreakdown([], { startedAt: 0, finishedAt: 1, benchmarkMs: 1 })).toThrow(/no runs/);
  });
});
