import { describe, expect, it } from 'vitest';
import type { Comparison } from '../src/api.ts';
import { compareMarkdown, compareText } from '../src/render.ts';

const side = (runId: string, commit: string) => ({
  runId,
  suite: 'demo',
  ref: 'main',
  minion: 'm1',
  status: 'published',
  commit,
});
const series = (name: string) => ({ benchmark: 'noop', case: name, metric: 'duration', unit: 'ms', params: {} });

const comparison: Comparison = {
  base: side('run-a', 'a'.repeat(40)),
  head: side('run-b', 'b'.repeat(40)),
  confidence: 0.95,
  minChangePercent: 2,
  method: 'mixed',
  summary: { regressions: 2, improvements: 0, unchanged: 0, inconclusive: 0 },
  series: [
    {
      series: series('latency'),
      direction: 'lower',
      base: { value: 20.44, samples: 5, median: 20.4 },
      head: { value: 21.4, samples: 5, median: 21.4 },
      method: 'bootstrap',
      changePercent: 4.902,
      ci: [0.971, 8],
      pValue: 4 / 252,
      rankTest: 'exact',
      verdict: 'regression',
    },
    {
      series: series('bulk'),
      direction: 'lower',
      base: { value: 100, stddev: 5, samples: 250 },
      head: { value: 110, stddev: 5, samples: 250 },
      method: 'welch',
      changePercent: 10,
      ci: [9.12, 10.88],
      pValue: 1e-40,
      degreesOfFreedom: 498,
      verdict: 'regression',
    },
  ],
  onlyInBase: [],
  onlyInHead: [],
};

describe('compare output', () => {
  it('shows per series the method, the centres it compared (medians by samples) and the interval', () => {
    const text = compareText(comparison);
    expect(text).toMatch(/Series.*Base.*Head.*Change.*Interval.*p.*Method.*Verdict/);
    expect(text).toMatch(
      /noop\/latency duration.*20\.4 ms.*21\.4 ms.*\+4\.9 %.*\[\+1\.0 %, \+8\.0 %\].*0\.01587.*bootstrap \(medians\).*✗ regression/,
    );
    expect(text).toMatch(
      /noop\/bulk duration.*100 ms.*110 ms.*\+10\.0 %.*\[\+9\.1 %, \+10\.9 %\].*1\.000e-40.*welch.*✗ regression/,
    );
    expect(compareMarkdown(comparison)).toContain(
      '| noop/latency duration | 20.4 ms | 21.4 ms | +4.9 % | [+1.0 %, +8.0 %] | 0.01587 | bootstrap (medians) | ✗ regression |',
    );
  });
});
