import { RESULTS_MEASUREMENT } from '@benchline/influx';
import { identifier, stringLiteral } from './influxql.ts';

/** The measurement and tags the publisher writes (services/publisher/src/influx/points.ts). */
const FROM = `FROM ${identifier(RESULTS_MEASUREMENT)}`;

/** The tags that tell one line of a benchmark's history from another, besides suite and benchmark. */
export function seriesTags(runParameters: readonly string[], resultParameters: readonly string[]): string[] {
  const parameters = [...new Set([...runParameters, ...resultParameters])].map((name) => `param_${name}`);
  return ['case', 'metric', 'unit', 'minion', 'ref', ...parameters];
}

/** Restricts to the minions and refs picked in the dashboard's variables. */
const SELECTED = `${identifier('minion')} =~ /^$minion$/ AND ${identifier('ref')} =~ /^$ref$/ AND $timeFilter`;

/** Every run's point of one benchmark, with the fields a data link needs, one group per series. */
export function historyQuery(suite: string, benchmark: string, tags: readonly string[]): string {
  return [
    `SELECT "value", "run_id", "commit", "cid" ${FROM}`,
    `WHERE "suite" = ${stringLiteral(suite)} AND "benchmark" = ${stringLiteral(benchmark)} AND ${SELECTED}`,
    `GROUP BY ${tags.map(identifier).join(', ')}`,
  ].join(' ');
}

/** The newest points of a suite; the panel folds them into one row per run. */
export function recentRunsQuery(suite: string, limit: number): string {
  return [
    `SELECT "run_id", "commit", "cid", "minion", "ref" ${FROM}`,
    `WHERE "suite" = ${stringLiteral(suite)} AND ${SELECTED}`,
    `ORDER BY time DESC LIMIT ${limit}`,
  ].join(' ');
}

export function tagValuesQuery(tag: string, where?: string): string {
  return `SHOW TAG VALUES ${FROM} WITH KEY = ${identifier(tag)}${where === undefined ? '' : ` WHERE ${where}`}`;
}
