import { defineConfig } from 'vitest/config';
import StacksFirstSequencer from './test/setup/stacks-first-sequencer.ts';

export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'services/*/test/**/*.test.ts',
      'test/**/*.test.ts',
      'examples/test/**/*.test.ts',
      'bench/test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/setup/service-bundles.ts'],
    setupFiles: ['test/setup/stop-leftovers.ts'],
    sequence: { sequencer: StacksFirstSequencer },
  },
});
