// The provisioner: its service start and its stage (requested → provisioned)
export { closeProvisionerConnections, startProvisioner } from './provisioner.ts';
export { provisionStage, type ProvisionerDeps, type ProvisionOutcome } from './handler.ts';
// The suites' history on the controller's mirrors (also used by the bisector to list a change's commits)
export { SuiteHistory, type SuiteHistoryOptions } from './history/suite-history.ts';
export type { HistoryCommit } from './history/commit-log.ts';
