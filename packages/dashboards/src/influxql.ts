import type { Builder, Dataquery } from '@grafana/grafana-foundation-sdk/cog';
import type { DataSourceRef } from '@grafana/grafana-foundation-sdk/common';

/** Grafana's InfluxDB datasource target in raw InfluxQL mode (the SDK ships no InfluxDB query type). */
export interface InfluxQlTarget extends Dataquery {
  refId: string;
  datasource: DataSourceRef;
  query: string;
  rawQuery: true;
  /** `table` keeps tags and string fields (run_id, cid) in one frame; `time_series` splits every column into its own frame. */
  resultFormat: 'time_series' | 'table';
}

/**
 * Grafana's InfluxDB annotation query in InfluxQL mode, as its annotation editor saves it: the raw
 * query, the column shown as the annotation's text and the columns shown as its tags.
 * `fromAnnotations` routes it through the datasource's annotation handling.
 */
export interface InfluxQlAnnotationTarget extends Dataquery {
  refId: string;
  query: string;
  rawQuery: true;
  fromAnnotations: true;
  textColumn: string;
  tagsColumn: string;
}

export function influxQlAnnotationTarget(
  refId: string,
  query: string,
  textColumn: string,
  tagsColumns: readonly string[],
): Builder<Dataquery> {
  const target: InfluxQlAnnotationTarget = {
    refId,
    query,
    rawQuery: true,
    fromAnnotations: true,
    textColumn,
    tagsColumn: tagsColumns.join(','),
    _implementsDataqueryVariant() {},
  };
  return { build: () => target };
}

export function influxQlTarget(
  datasource: DataSourceRef,
  refId: string,
  query: string,
  resultFormat: InfluxQlTarget['resultFormat'],
): Builder<Dataquery> {
  const target: InfluxQlTarget = {
    refId,
    datasource,
    query,
    rawQuery: true,
    resultFormat,
    _implementsDataqueryVariant() {},
  };
  return { build: () => target };
}

/** `'it''s'` style quoting is not InfluxQL: it escapes with backslashes. */
export function stringLiteral(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

export function identifier(name: string): string {
  return `"${name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
