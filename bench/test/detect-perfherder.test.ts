import { describe, expect, it } from 'vitest';
import { perfherderChanges } from '../detect/anchors/perfherder.ts';
import { loadTalos } from '../detect/talos.ts';

describe('Perfherder re-implementation', () => {
  it.each(loadTalos().map((series) => [series.file, series] as const))(
    'flags exactly the production alerts on %s',
    (_, { values, alerts }) => {
      // The manifest is detect_changes' output; the 2 % alert threshold is applied after it.
      expect(perfherderChanges(values, { minChangePercent: 0 })).toEqual(alerts);
    },
  );
});
