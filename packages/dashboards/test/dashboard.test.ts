import { parseConfig } from '@benchline/core';
import type { Panel, RowPanel } from '@grafana/grafana-foundation-sdk/dashboard';
import { describe, expect, it } from 'vitest';
import {
  benchlineDashboard,
  dashboardQueries,
  DATASOURCE,
  stringLiteral,
  type InfluxQlAnnotationTarget,
  type InfluxQlTarget,
} from '../src/index.ts';

const config = parseConfig(
  {
    suites: {
      ipfs: {
        repo: '/r',
        parameters: { variant: {} },
        benchmarks: [
          { name: 'add', command: ['a'] },
          { name: 'fetch', command: ['f'] },
        ],
      },
      cli: { repo: '/c', benchmarks: [{ name: 'startup', command: ['s'] }] },
    },
  },
  {},
);
const dashboard = benchlineDashboard(config, { ipfsGatewayUrl: 'http://gw.test', resultParameters: ['size'] });
const panels = (dashboard.panels ?? []) as (Panel | RowPanel)[];
const macros = { timeFilter: 'time > now() - 30d', __interval: '1h', suite: 'ipfs', minion: 'm', ref: 'main' };

describe('benchlineDashboard', () => {
  it('has a row per suite holding a history panel per benchmark and a recent-runs table', () => {
    expect(panels.map((panel) => `${panel.type}:${panel.title}`)).toEqual([
      'row:Suite ipfs',
      'timeseries:add',
      'timeseries:fetch',
      'table:Recent runs',
      'row:Suite cli',
      'timeseries:startup',
      'table:Recent runs',
    ]);
    expect(new Set(panels.map((panel) => panel.id)).size).toBe(panels.length);
  });

  it('splits history lines by every series tag, run parameters and declared result parameters included', () => {
    const add = panels[1] as Panel;
    expect(add.datasource).toEqual(DATASOURCE);
    expect((add.targets?.[0] as InfluxQlTarget | undefined)?.query).toContain(
      'GROUP BY "case", "metric", "unit", "minion", "ref", "param_variant", "param_size"',
    );
    expect(add.transformations?.[0]).toMatchObject({
      id: 'partitionByValues',
      options: { fields: ['case', 'metric', 'unit', 'minion', 'ref', 'param_variant', 'param_size'] },
    });
  });

  it('links points and the cid column to the run bundle through the gateway variable', () => {
    const link = { url: '${ipfs_gateway}/ipfs/${__data.fields.cid}', targetBlank: true };
    expect((panels[1] as Panel).fieldConfig?.defaults.links).toEqual([expect.objectContaining(link)]);
    expect((panels[3] as Panel).fieldConfig?.overrides).toEqual([
      expect.objectContaining({
        matcher: { id: 'byName', options: 'cid' },
        properties: [{ id: 'links', value: [expect.objectContaining(link)] }],
      }),
    ]);
    expect(dashboard.templating.list?.find((variable) => variable.name === 'ipfs_gateway')).toMatchObject({
      type: 'textbox',
      query: 'http://gw.test',
    });
  });

  it("draws each benchmark's change points on its own history panel, leaving dismissed ones out", () => {
    const annotations = dashboard.annotations?.list ?? [];
    const history = panels.filter((panel) => panel.type === 'timeseries');
    expect(annotations.map((annotation) => annotation.filter)).toEqual(
      history.map((panel) => ({ exclude: false, ids: [panel.id] })),
    );
    const [add] = annotations;
    expect(add).toMatchObject({ name: 'Changes ipfs/add', datasource: DATASOURCE, enable: true });
    const target = add!.target as InfluxQlAnnotationTarget;
    expect(target).toMatchObject({
      rawQuery: true,
      fromAnnotations: true,
      textColumn: 'text',
      tagsColumn: 'kind,status',
    });
    expect(target.query).toMatch(
      /^SELECT "text", "kind", "status", .* FROM "benchline_change" WHERE "suite" = 'ipfs' AND "benchmark" = 'add' AND "minion" =~ \/\^\$minion\$\/ AND "status" != 'dismissed' AND \$timeFilter$/,
    );
  });
});

describe('dashboardQueries', () => {
  it('returns every panel and variable query with the variables substituted', () => {
    const queries = dashboardQueries(dashboard, macros);
    // 3 history and 2 recent-runs panels, 3 variables, 3 change annotations.
    expect(queries).toHaveLength(5 + 3 + 3);
    expect(queries.filter((query) => /\$\w|\$\{/.test(query))).toEqual([]);
    expect(queries[0]).toContain(`"minion" =~ /^m$/ AND "ref" =~ /^main$/ AND time > now() - 30d`);
    expect(queries).toContain('SHOW TAG VALUES FROM "benchmark_result" WITH KEY = "minion" WHERE "suite" =~ /^ipfs$/');
  });

  it('names a variable it has no value for', () => {
    const { ref: _, ...withoutRef } = macros;
    expect(() => dashboardQueries(dashboard, withoutRef)).toThrow(/no value given for \$ref/);
  });

  it('finds the panels inside collapsed rows too', () => {
    const collapsed = {
      ...dashboard,
      panels: [{ type: 'row', collapsed: true, id: 1, panels: [panels[1] as Panel] } as RowPanel],
    };
    expect(dashboardQueries({ ...collapsed, templating: {}, annotations: {} }, macros)).toHaveLength(1);
  });
});

describe('stringLiteral', () => {
  it('escapes quotes and backslashes the InfluxQL way', () => {
    expect(stringLiteral(`it's a\\b`)).toBe(`'it\\'s a\\\\b'`);
  });
});
