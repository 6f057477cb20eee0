// The bisector: its service start, its handler and the investigation (confirmation, bisection)
export { startBisector } from './bisector.ts';
export { BisectionStore, bisectorHandler, type BisectorDeps } from './handler.ts';
export {
  investigate,
  nextMidpoint,
  type InvestigationPorts,
  type InvestigationSettings,
  type PlannedRun,
} from './investigation.ts';
export type {
  BisectionOutcome,
  BisectionRecord,
  BisectionResult,
  BisectionRun,
  BisectionStep,
  Confirmation,
  RangeCommit,
} from './record.ts';
