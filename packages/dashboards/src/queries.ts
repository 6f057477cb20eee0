import { CHANGES_MEASUREMENT, RESULTS_MEASUREMENT } from '@benchline/influx';
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

/** The columns of a change point an annotation shows as tags. */
export const CHANGE_TAG_COLUMNS = ['kind', 'status'] as const;

/**
 * The analyzer's change points of one benchmark on the minions picked in `$minion`, for an
 * annotation (measurement benchline_change, services/analyzer/src/change-outputs.ts): its `text`,
 * the tag columns and the figures, every status but `dismissed` (people decided it is no change).
 * Change points have no ref: they are found on the suite's default branch.
 */
export function changesQuery(suite: string, benchmark: string): string {
  return [
    `SELECT "text", ${CHANGE_TAG_COLUMNS.map(identifier).join(', ')}, "change_percent", "commit_before", "commit_after", "change_id" FROM ${identifier(CHANGES_MEASUREMENT)}`,
    `WHERE "suite" = ${stringLiteral(suite)} AND "benchmark" = ${stringLiteral(benchmark)} AND ${identifier('minion')} =~ /^$minion$/`,
    `AND "status" != 'dismissed' AND $timeFilter`,
  ].join(' ');
}

export function tagValuesQuery(tag: string, where?: string): string {
  return `SHOW TAG VALUES ${FROM} WITH KEY = ${identifier(tag)}${where === undefined ? '' : ` WHERE ${where}`}`;
}
