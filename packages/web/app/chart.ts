import uPlot from 'uplot';
import type { EnvironmentMarker } from './environments.ts';
import { formatNumber, formatTime, shortCommit } from './format.ts';
import type { Change, History } from './types.ts';

export const PALETTE = [
  '#1f5fbf',
  '#c2410c',
  '#15803d',
  '#7e22ce',
  '#b91c1c',
  '#0e7490',
  '#a16207',
  '#be185d',
  '#4d7c0f',
  '#374151',
];

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** Aligned to history.runs: null where the series has no point for that run. */
  values: (number | null)[];
  stddev: (number | null)[];
  changes: Change[];
}

/** Median of each segment between a series' change points, as a step line aligned to the runs. */
export function segmentLevels(values: (number | null)[], breaks: number[]): (number | null)[] {
  const levels: (number | null)[] = new Array(values.length).fill(null);
  const edges = [0, ...breaks.filter((at) => at > 0 && at < values.length).sort((a, b) => a - b), values.length];
  for (let segment = 0; segment + 1 < edges.length; segment++) {
    const from = edges[segment]!;
    const to = edges[segment + 1]!;
    const inside = values
      .slice(from, to)
      .filter((value): value is number => value !== null)
      .sort((a, b) => a - b);
    if (inside.length === 0) continue;
    const middle = inside.length >> 1;
    const median = inside.length % 2 ? inside[middle]! : (inside[middle - 1]! + inside[middle]!) / 2;
    for (let index = from; index < to; index++) if (values[index] !== null) levels[index] = median;
  }
  return levels;
}

/** Where (which run index) each change's new level starts: its first run at commitAfter. */
export function changeIndex(history: History, change: Change): number {
  const byRun = history.runs.findIndex((run) => run.runId === change.runId);
  if (byRun >= 0) return byRun;
  return history.runs.findIndex((run) => run.commit === change.commitAfter);
}

export interface HistoryChart {
  destroy(): void;
  setSize(width: number): void;
}

interface HistoryChartInput {
  target: HTMLElement;
  readout: HTMLElement;
  history: History;
  unit: string;
  series: ChartSeries[];
  /** Where the shown series' environment (host facts) changed. */
  environments: readonly EnvironmentMarker[];
  width: number;
}

const CHANGE_COLOR = '#b91c1c';
export const ENVIRONMENT_COLOR = '#6d28d9';
const NOISY_COLOR = '#6b7280';

/** A grey ring around each point of a noisy run: drawn, but left out of the analysis. */
function ringNoisyPoints(u: uPlot, noisyRuns: readonly number[], series: HistoryChartInput['series']): void {
  const { ctx } = u;
  ctx.strokeStyle = NOISY_COLOR;
  ctx.lineWidth = 1.5 * devicePixelRatio;
  for (const index of noisyRuns)
    for (const one of series) {
      const value = one.values[index];
      if (value === null || value === undefined) continue;
      ctx.beginPath();
      ctx.arc(u.valToPos(index, 'x', true), u.valToPos(value, 'y', true), 6 * devicePixelRatio, 0, 2 * Math.PI);
      ctx.stroke();
    }
}

/** A dashed vertical line across the plot at run `index`, with a triangle on the top (change) or bottom (environment) edge. */
function drawMarker(u: uPlot, index: number, color: string, edge: 'top' | 'bottom'): void {
  const { ctx } = u;
  const left = u.valToPos(index, 'x', true);
  const top = u.bbox.top;
  const bottom = u.bbox.top + u.bbox.height;
  const size = devicePixelRatio;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2 * size;
  ctx.setLineDash([4 * size, 3 * size]);
  ctx.beginPath();
  ctx.moveTo(left, top);
  ctx.lineTo(left, bottom);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = color;
  const base = edge === 'top' ? top : bottom;
  const tip = edge === 'top' ? top + 9 * size : bottom - 9 * size;
  ctx.beginPath();
  ctx.moveTo(left - 6 * size, base);
  ctx.lineTo(left + 6 * size, base);
  ctx.lineTo(left, tip);
  ctx.fill();
}

/**
 * One uPlot chart of series sharing a unit: x = the runs in commit order, each series' values,
 * its spread (± stddev) as a band when few series are shown, its segment levels as a dashed step
 * line, change points as vertical red lines marked on top, environment changes as violet ones
 * marked at the bottom, the points of noisy runs ringed in grey. Hover fills `readout` (with what
 * changed in the environment there, and whether the run was noisy); a click opens the run.
 */
export function drawHistoryChart(input: HistoryChartInput): HistoryChart {
  const { target, readout, history, unit, series, environments, width } = input;
  const environmentAt = new Map(environments.map((marker) => [marker.index, marker.text]));
  const noisyRuns = history.runs.flatMap((run, index) => (run.noisy ? [index] : []));
  const x = history.runs.map((_, index) => index);
  const withSpread = series.length <= 8;
  const data: (number | null)[][] = [x];
  const options: uPlot.Series[] = [{ label: 'run' }];
  const bands: uPlot.Band[] = [];
  for (const one of series) {
    const main = data.length;
    data.push(one.values);
    options.push({
      label: one.label,
      stroke: one.color,
      width: 1.5,
      spanGaps: true,
      points: { show: history.runs.length <= 300, size: 4 },
    });
    if (withSpread && one.stddev.some((value) => value !== null)) {
      data.push(
        one.values.map((value, index) =>
          value === null || one.stddev[index] === null ? null : value + one.stddev[index]!,
        ),
      );
      data.push(
        one.values.map((value, index) =>
          value === null || one.stddev[index] === null ? null : value - one.stddev[index]!,
        ),
      );
      options.push({ label: `${one.label} +σ`, stroke: 'transparent', spanGaps: true, points: { show: false } });
      options.push({ label: `${one.label} −σ`, stroke: 'transparent', spanGaps: true, points: { show: false } });
      bands.push({ series: [main + 1, main + 2], fill: `${one.color}26` });
    }
    const breaks = one.changes.map((change) => changeIndex(history, change)).filter((index) => index >= 0);
    data.push(segmentLevels(one.values, breaks));
    options.push({
      label: `${one.label} level`,
      stroke: one.color,
      width: 1,
      dash: [6, 4],
      spanGaps: false,
      points: { show: false },
    });
  }
  const markers = series
    .flatMap((one) => one.changes.map((change) => ({ index: changeIndex(history, change), change, color: one.color })))
    .filter((marker) => marker.index >= 0);

  const plot = new uPlot(
    {
      width,
      height: 320,
      series: options,
      bands,
      legend: { show: false },
      cursor: { drag: { x: true, y: false }, points: { size: 6 } },
      scales: { x: { time: false } },
      axes: [
        {
          label: 'commit (in order)',
          values: (_, ticks) =>
            ticks.map((tick) =>
              Number.isInteger(tick) && history.runs[tick] ? shortCommit(history.runs[tick]!.commit) : '',
            ),
          size: 40,
        },
        { label: unit, size: 70, values: (_, ticks) => ticks.map((tick) => formatNumber(tick)) },
      ],
      hooks: {
        draw: [
          (u) => {
            u.ctx.save();
            for (const marker of markers) drawMarker(u, marker.index, CHANGE_COLOR, 'top');
            for (const marker of environments) drawMarker(u, marker.index, ENVIRONMENT_COLOR, 'bottom');
            ringNoisyPoints(u, noisyRuns, series);
            u.ctx.restore();
          },
        ],
        setCursor: [
          (u) => {
            const index = u.cursor.idx;
            if (index === null || index === undefined || !history.runs[index]) {
              readout.textContent = 'Hover the chart: commit, date, value and run; click opens the run.';
              return;
            }
            const run = history.runs[index]!;
            const values = series
              .filter((one) => one.values[index] !== null)
              .slice(0, 6)
              .map(
                (one) =>
                  `${one.label}: ${formatNumber(one.values[index])} ${unit}${one.stddev[index] !== null ? ` ± ${formatNumber(one.stddev[index])}` : ''}`,
              );
            const environment = environmentAt.get(index);
            readout.textContent = `commit ${shortCommit(run.commit)} · ${formatTime(run.timeMs)} · run ${run.runId}${values.length ? ` · ${values.join(' · ')}` : ''}${environment ? ` · environment changed: ${environment}` : ''}${run.noisy ? ' · noisy run (the minion was disturbed): left out of the analysis' : ''}`;
          },
        ],
      },
    },
    data as uPlot.AlignedData,
    target,
  );
  plot.over.addEventListener('click', () => {
    const index = plot.cursor.idx;
    const run = index === null || index === undefined ? undefined : history.runs[index];
    if (run) location.hash = `#/runs/${encodeURIComponent(run.runId)}`;
  });
  return { destroy: () => plot.destroy(), setSize: (next) => plot.setSize({ width: next, height: 320 }) };
}
