import { effectiveParameters, Verdict, type RunEvent, type SeriesVerdictFields } from '@benchline/core';

import type { Stack } from './stack.ts';

interface Row {
  benchmark: string;
  case: string;
  metric: string;
  unit: string;
  value: number;
  params: string;
}

/** The run's points, read back from InfluxDB with the query the summary shows the user. */
async function runPoints(
  stack: Stack,
  runId: string,
  hiddenParams: string[] = [],
): Promise<{ query: string; rows: Row[] }> {
  const query = `SELECT * FROM benchmark_result WHERE run_id = '${runId}'`;
  const [series] = await stack.influxd.query(stack.config.influx.database, query);
  const rows = (series?.values ?? []).map((values) => {
    const point = Object.fromEntries(series!.columns.map((column, index) => [column, values[index]])) as Record<
      string,
      unknown
    >;
    const params = Object.entries(point)
      .filter(([key, value]) => key.startsWith('param_') && value && !hiddenParams.includes(key.slice('param_'.length)))
      .map(([key, value]) => `${key.slice('param_'.length)}=${String(value)}`);
    return {
      benchmark: String(point.benchmark),
      case: String(point.case),
      metric: String(point.metric),
      unit: String(point.unit),
      value: Number(point.value),
      params: params.join(' '),
    };
  });
  rows.sort((a, b) => label(a).localeCompare(label(b), 'en', { numeric: true }) || a.metric.localeCompare(b.metric));
  return { query, rows };
}

const label = (row: Row) =>
  [row.benchmark, row.case === row.benchmark ? '' : row.case, row.params].filter(Boolean).join(' ');

/** The closing report: results, verdicts, points, the bundle and how to reach them again. */
export async function summarize(stack: Stack, event: Extract<RunEvent, { stage: 'analyzed' }>): Promise<string> {
  const { request, publication, analysis } = event.message;
  const cid = publication?.cid ?? '';
  // The run's own parameters are on every point; show what tells the rows apart.
  const { query, rows } = await runPoints(
    stack,
    request.runId,
    Object.keys(effectiveParameters(stack.config, request)),
  );
  const listing = (await (await fetch(`${stack.gatewayUrl}/ipfs/${cid}`)).json()) as { entries?: { name: string }[] };
  const width = Math.max(...rows.map((row) => label(row).length), 10);
  const lines = [
    '',
    `Run ${request.runId} published and analyzed.`,
    '',
    `Results (parameters: ${Object.entries(effectiveParameters(stack.config, request))
      .map(([name, value]) => `${name}=${value}`)
      .join(' ')})`,
    ...rows.map(
      (row) => `  ${label(row).padEnd(width)}  ${row.metric.padEnd(11)} ${formatValue(row.value)} ${row.unit}`,
    ),
    '',
    `Verdicts (against the history of each series; ${analysis?.regressions ?? 0} regression(s), ${analysis?.improvements ?? 0} improvement(s))`,
    ...(analysis?.verdicts ?? []).map(
      (verdict) => `  ${seriesLabel(verdict).padEnd(width)}  ${describeVerdict(verdict)}`,
    ),
    '',
    'Points written per benchmark',
    ...(publication?.benchmarks ?? []).map(
      (benchmark) =>
        `  ${benchmark.name}: ${benchmark.points} (${benchmark.format})${benchmark.error ? `, parse error: ${benchmark.error}` : ''}`,
    ),
    '',
    `Bundle (IPFS, CID ${cid}): ${(listing.entries ?? []).map((entry) => entry.name).join(', ')}`,
    `  While \`npm start\` runs:  curl http://127.0.0.1:8081/ipfs/${cid}/manifest.json`,
    `  Any file's CID can be re-derived with Kubo-compatible tools (\`ipfs add --only-hash\`, Debian's ipfs_cid).`,
    '',
    'See the data in InfluxDB (database benchline):',
    `  ${query}`,
    `  While \`npm start\` runs:  curl -G http://127.0.0.1:8086/query --data-urlencode db=benchline --data-urlencode "q=${query}"`,
    '',
  ];
  return lines.join('\n');
}

function seriesLabel(verdict: SeriesVerdictFields): string {
  const series = verdict.series;
  const params = Object.entries(series?.params ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  return [series?.benchmark, series?.case === series?.benchmark ? '' : series?.case, params, series?.metric]
    .filter(Boolean)
    .join(' ');
}

function describeVerdict(verdict: SeriesVerdictFields): string {
  const change = `${(verdict.changePercent ?? 0) >= 0 ? '+' : ''}${(verdict.changePercent ?? 0).toFixed(1)} %`;
  const interval = `[${(verdict.ciLowerPercent ?? 0).toFixed(1)}, ${(verdict.ciUpperPercent ?? 0).toFixed(1)}]`;
  switch (verdict.verdict) {
    case Verdict.VERDICT_INSUFFICIENT_HISTORY:
      return `insufficient-history (${verdict.pointsNeeded} more point(s) needed)`;
    case Verdict.VERDICT_SKIPPED:
      return 'skipped (ignored in the config)';
    case Verdict.VERDICT_REGRESSION:
      return `REGRESSION ${change} ${interval} vs ${verdict.baselinePoints} point(s)`;
    case Verdict.VERDICT_IMPROVEMENT:
      return `improvement ${change} ${interval} vs ${verdict.baselinePoints} point(s)`;
    default:
      return `unchanged ${change} ${interval} vs ${verdict.baselinePoints} point(s)`;
  }
}

function formatValue(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3);
}
