import type { Dashboard, Panel, RowPanel } from '@grafana/grafana-foundation-sdk/dashboard';

/** `$name`, `${name}`, `${name:format}` and `[[name]]`, Grafana's variable syntaxes. */
const VARIABLE_REFERENCE = /\$\{(\w+)(?::\w+)?\}|\$(\w+)|\[\[(\w+)\]\]/g;

/**
 * Every InfluxQL query in the dashboard (panel targets, in rows too, query variables, then annotation
 * queries), with each
 * variable replaced by `values[name]` verbatim — macros like `timeFilter` and `__interval` included.
 * A query that uses a variable missing from `values` is an error.
 */
export function dashboardQueries(dashboard: Dashboard, values: Readonly<Record<string, string>>): string[] {
  const panels = (dashboard.panels ?? []).flatMap((panel) => (isRow(panel) ? panel.panels : [panel]));
  const targetQueries = panels.flatMap((panel) =>
    (panel.targets ?? []).map((target) => (target as { query?: unknown }).query),
  );
  const variableQueries = (dashboard.templating.list ?? [])
    .filter((variable) => variable.type === 'query')
    .map((variable) => variable.query);
  const annotationQueries = (dashboard.annotations?.list ?? [])
    .filter((annotation) => annotation.target)
    .map((annotation) => (annotation.target as { query?: unknown }).query);
  return [...targetQueries, ...variableQueries, ...annotationQueries].map((query) => {
    if (typeof query !== 'string')
      throw new Error(
        `dashboard ${dashboard.uid ?? dashboard.title}: a query is not an InfluxQL string: ${JSON.stringify(query)}`,
      );
    return substitute(query, values);
  });
}

function substitute(query: string, values: Readonly<Record<string, string>>): string {
  return query.replace(VARIABLE_REFERENCE, (reference, braced?: string, plain?: string, bracketed?: string) => {
    const name = (braced ?? plain ?? bracketed)!;
    const value = values[name];
    if (value === undefined) throw new Error(`no value given for ${reference} in: ${query}`);
    return value;
  });
}

function isRow(panel: Panel | RowPanel): panel is RowPanel {
  return panel.type === 'row';
}
