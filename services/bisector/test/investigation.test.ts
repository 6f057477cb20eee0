import { describe, expect, it } from 'vitest';
import type { ChangeRecord, ChangeStatus } from '@benchline/core';
import { investigate, nextMidpoint, type InvestigationPorts, type PlannedRun } from '../src/investigation.ts';
import type { BisectionRecord, BisectionStep, RangeCommit } from '../src/record.ts';

const sha = (index: number) => index.toString(16).padStart(40, '0');
const RANGE: RangeCommit[] = Array.from({ length: 15 }, (_, i) => ({
  sha: sha(i + 1),
  subject: `commit ${i + 1}`,
  author: 'A <a@x>',
}));
const BEFORE = sha(0);
const AFTER = RANGE.at(-1)!.sha;

const change: ChangeRecord = {
  id: '0123456789abcdef',
  series: { suite: 's', benchmark: 'b', case: 'c', metric: 'duration', unit: 'ms', minion: 'm', params: {} },
  seriesKey: 'k',
  status: 'detected',
  kind: 'regression',
  direction: 'lower',
  commitBefore: BEFORE,
  commitAfter: AFTER,
  positionBefore: 5,
  positionAfter: 20,
  runId: 'r',
  timeMs: 0,
  before: 100,
  after: 115,
  changePercent: 15,
  significance: 0.001,
  pointsAfter: 5,
  detectedAt: '',
  updatedAt: '',
  history: [],
};

interface Fake {
  ports: InvestigationPorts;
  requested: PlannedRun[];
  statuses: [ChangeStatus, string][];
  events: string[];
  saved: BisectionRecord | undefined;
  setStatus(status: ChangeStatus): void;
}

/** A suite whose commit at index `culpritIndex` (0-based in RANGE) and later are 15 % slower; `fails` lists commits whose runs fail. */
function fake(
  options: { culpritIndex?: number; noise?: boolean; fails?: number[]; crashAfterRuns?: number } = {},
): Fake {
  const { culpritIndex = 8, fails = [] } = options;
  let jitter = 0;
  let status: ChangeStatus = 'detected';
  const result: Fake = {
    requested: [],
    statuses: [],
    events: [],
    saved: undefined,
    setStatus: (next) => {
      status = next;
    },
    ports: {
      async measure(run) {
        if (options.crashAfterRuns !== undefined && result.requested.length >= options.crashAfterRuns)
          throw new Error('killed');
        result.requested.push(run);
        const index = run.commit === BEFORE ? -1 : RANGE.findIndex((commit) => commit.sha === run.commit);
        if (fails.includes(index)) return { failed: { stage: 'provision', reason: 'setup failed' } };
        jitter = (jitter + 0.37) % 1;
        const slow = !options.noise && index >= culpritIndex;
        return { value: (slow ? 115 : 100) + jitter };
      },
      commits: async () => RANGE,
      save: async (record) => {
        result.saved = structuredClone(record);
      },
      changeStatus: async () => status,
      setChangeStatus: async (next, note) => {
        status = next;
        result.statuses.push([next, note]);
      },
      announce: async (event, _record, step?: BisectionStep) => {
        result.events.push(step ? `${event}:${step.step}:${step.verdict}` : event);
      },
      annotate: async () => undefined,
      now: () => '2025-01-01T00:00:00Z',
    },
  };
  return result;
}

const SETTINGS = { confirmRuns: 3, stepRuns: 3, maxRuns: 60, confidence: 0.95 };

describe('investigate: confirmation, then bisection', () => {
  it('confirms a real regression with interleaved runs and bisects 15 commits to the culprit in 4 steps', async () => {
    const f = fake();
    const record = await investigate(change, undefined, SETTINGS, f.ports);
    expect(f.requested.slice(0, 6).map((run) => run.role)).toEqual([
      'before',
      'after',
      'before',
      'after',
      'before',
      'after',
    ]);
    expect(f.statuses.map(([status]) => status)).toEqual(['confirmed']);
    expect(record.result).toMatchObject({ outcome: 'culprit', culprit: RANGE[8], steps: 4, runsUsed: 6 + 4 * 5 });
    expect(record.result!.effect!.changePercent).toBeGreaterThan(10);
    expect(f.events).toEqual(['started', 'step:1:good', 'step:2:bad', 'step:3:bad', 'step:4:good', 'completed']);
    expect(record.result!.message).toMatch(/^The culprit is 0000000000 "commit 9"/);
  });

  it('ends not-reproduced without bisecting when the reruns show nothing', async () => {
    const f = fake({ noise: true });
    const record = await investigate(change, undefined, SETTINGS, f.ports);
    expect(record.result!.outcome).toBe('not-reproduced');
    expect(f.statuses.map(([status]) => status)).toEqual(['not-reproduced']);
    expect(f.requested).toHaveLength(6);
    expect(f.events).toEqual([]);
  });

  it('skips a commit whose runs fail, and says so', async () => {
    const f = fake({ fails: [6] });
    const record = await investigate(change, undefined, SETTINGS, f.ports);
    expect(record.result).toMatchObject({ outcome: 'culprit', culprit: RANGE[8], steps: 5 });
    expect(record.steps[0]).toMatchObject({ verdict: 'skipped', index: 6 });
    expect(record.result!.skipped).toEqual([RANGE[6]]);
    expect(record.result!.message).toMatch(/skipped/);
  });

  it('reports the culprit as a range when only skipped commits are left next to it', async () => {
    const f = fake({ fails: [7], culpritIndex: 7 });
    const record = await investigate(change, undefined, SETTINGS, f.ports);
    expect(record.result).toMatchObject({ outcome: 'range', candidates: [RANGE[7], RANGE[8]], skipped: [RANGE[7]] });
  });

  it('stops at the budget with the narrowest range reached', async () => {
    const f = fake();
    const record = await investigate(change, undefined, { ...SETTINGS, maxRuns: 16 }, f.ports);
    expect(record.result!.outcome).toBe('budget');
    expect(record.result!.candidates!.length).toBeLessThan(15);
    expect(record.result!.candidates!.length).toBeGreaterThan(1);
    expect(record.result!.message).toMatch(/budget of 16 runs.*one of \d+ commits/);
  });

  it('resumes from the recorded runs after a crash, requesting nothing twice', async () => {
    const crashed = fake({ crashAfterRuns: 13 });
    await expect(investigate(change, undefined, SETTINGS, crashed.ports)).rejects.toThrow('killed');
    const again = fake();
    const record = await investigate(change, crashed.saved, SETTINGS, again.ports);
    const ids = [...crashed.requested, ...again.requested].map((run) => run.runId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(record.result).toMatchObject({ outcome: 'culprit', culprit: RANGE[8], runsUsed: 26 });
  });

  it('stops when the change is dismissed', async () => {
    const f = fake();
    const measure = f.ports.measure;
    f.ports.measure = async (run) => {
      if (f.requested.length === 8) f.setStatus('dismissed');
      return measure(run);
    };
    const record = await investigate(change, undefined, SETTINGS, f.ports);
    expect(record.result!.outcome).toBe('dismissed');
    expect(f.requested).toHaveLength(9);
  });

  it('picks the middle, or the nearest untested commit when the middle was skipped', () => {
    expect(nextMidpoint(-1, 14, new Set())).toBe(6);
    expect(nextMidpoint(-1, 14, new Set([6]))).toBe(5);
    expect(nextMidpoint(6, 7, new Set())).toBeUndefined();
    expect(nextMidpoint(5, 7, new Set([6]))).toBeUndefined();
  });
});
