// The executor: its service start and its stage (provisioned → executed)
export { startExecutor } from './executor.ts';
export { executeStage, type ExecutorDeps } from './handler.ts';
