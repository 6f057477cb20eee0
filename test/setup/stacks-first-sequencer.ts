import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that start a whole stack: each runs for minutes, most of it waiting on purpose. */
const STARTS_A_STACK = /\/test\/(reliability|e2e)\//;

/**
 * Vitest's order (slowest first, by the durations cached from the last run), except on a fresh clone
 * (CI), where there are none and vitest runs the largest files first: the stack tests go first there,
 * so that a short one (the quick soak's file is a few lines) does not start last and leave one
 * worker busy minutes after the other went idle.
 */
export default class StacksFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const measured = sorted.some((spec) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`),
    );
    if (measured) return sorted;
    const first = sorted.filter((spec) => STARTS_A_STACK.test(spec.moduleId));
    return [...first, ...sorted.filter((spec) => !first.includes(spec))];
  }
}
