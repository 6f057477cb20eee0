export type { ChangePoint, ChangeShape, DetectOptions, Segment } from './change-points.ts';
export { detectChangePoints, DEFAULT_DETECT_OPTIONS } from './change-points.ts';
export type { Baseline, JudgeOptions, RunPoint, RunVerdict, VerdictKind } from './judge.ts';
export { judgeRun, DEFAULT_JUDGE_OPTIONS } from './judge.ts';
export type { Direction } from './direction.ts';
export { directionOfUnit } from './direction.ts';
export { studentTQuantileTwoSided, studentTTwoSided } from './student-t.ts';
export { madScale, median } from './robust.ts';
export {
  compareSamples,
  DEFAULT_COMPARE_OPTIONS,
  type CompareOptions,
  type SampleComparison,
} from './compare-samples.ts';
