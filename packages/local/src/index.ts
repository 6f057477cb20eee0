// The whole pipeline on this machine: what a stack is and how it starts
export { DEFAULT_DATA_DIR, MINION_NAME, startStack, type Stack, type StackOptions } from './stack.ts';
export { buildServiceBundles, LOCATED_FILES } from './service-bundles.ts';
export { SERVICE_NAMES, startService, type ServiceName, type ServiceProcess } from './services.ts';
export { startSupervisor, type SuperviseOptions, type Supervisor, type SupervisorDeps } from './supervisor.ts';

// Requesting a run and following it to its end
export { requestRun, type RunAccepted } from './request-run.ts';
export { watchRun, type RunWatcher } from './follow.ts';
export { describeEvent } from './present.ts';
export { summarize } from './summary.ts';

// Suite repositories written by the demos, tests and benches
export { gitRepository, type GitAuthor, type GitRepository } from './git-repository.ts';
