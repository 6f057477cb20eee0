// The Benchline dashboard: options, the generator and its JSON rendering
export { benchlineDashboard, DASHBOARD_UID, DATASOURCE, type DashboardOptions } from './dashboard.ts';
export { dashboardJson, loadConfigForDashboard } from './render.ts';

// The InfluxQL behind its panels
export { dashboardQueries } from './dashboard-queries.ts';
export {
  influxQlAnnotationTarget,
  influxQlTarget,
  identifier,
  stringLiteral,
  type InfluxQlAnnotationTarget,
  type InfluxQlTarget,
} from './influxql.ts';
export { changesQuery, historyQuery, recentRunsQuery, seriesTags, tagValuesQuery } from './queries.ts';
