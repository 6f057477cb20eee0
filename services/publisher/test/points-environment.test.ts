import { describe, expect, it } from 'vitest';
import { benchmarkPoints, type BenchmarkPublication } from '../src/influx/points.ts';

const HOST = {
  cpuModel: 'Xeon',
  cores: 8,
  kernel: '6.1.0',
  memoryMb: 16_000,
  os: 'Debian 12',
  governor: '',
  hostname: 'b1',
};

const fieldsWith = (host?: BenchmarkPublication['host']) =>
  benchmarkPoints({
    runId: 'run-1',
    suite: 's',
    benchmark: 'b',
    minion: 'm1',
    ref: 'main',
    commit: 'abc',
    cid: 'Qm',
    requestedAtMs: 1,
    runParameters: {},
    ...(host && { host }),
    results: [{ benchmark: 'c', params: {}, metric: 'duration', unit: 'ms', value: 1 }],
  })[0]!.fields;

describe("the minion's host facts on every point", () => {
  it('are a canonical JSON field host and its short hash env, the same whatever order the facts came in', () => {
    const fields = fieldsWith(HOST);
    expect(JSON.parse(fields.host as string)).toEqual(HOST);
    expect(Object.keys(JSON.parse(fields.host as string))).toEqual(Object.keys(HOST).sort());
    expect(fields.env).toMatch(/^[0-9a-f]{12}$/);
    expect(fieldsWith(Object.fromEntries(Object.entries(HOST).reverse())).env).toBe(fields.env);
  });

  it('give another env when any fact changes', () => {
    expect(fieldsWith({ ...HOST, kernel: '6.8.0' }).env).not.toBe(fieldsWith(HOST).env);
    expect(fieldsWith({ ...HOST, cores: 16 }).env).not.toBe(fieldsWith(HOST).env);
  });

  it('are no fields when the run recorded none', () => {
    expect(fieldsWith()).not.toHaveProperty('env');
    expect(fieldsWith()).not.toHaveProperty('host');
  });
});
