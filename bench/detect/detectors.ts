import { detectChangePoints } from '@benchline/analysis';
import { chromeperf } from './anchors/chromeperf.ts';
import { conbench } from './anchors/conbench.ts';
import { otava } from './anchors/otava.ts';
import { perfherder } from './anchors/perfherder.ts';
import type { Detector } from './detector.ts';

export const benchline: Detector = {
  name: 'Benchline',
  detect: (values) => detectChangePoints(values).map((change) => change.index),
};

/** Never reports a change: TCPD's strong baseline. */
export const zero: Detector = { name: 'zero', detect: () => [] };

/** Benchline first, then the baseline and the anchors' published rules (our TypeScript implementations). */
export const IN_PROCESS_DETECTORS: readonly Detector[] = [benchline, zero, perfherder, chromeperf, conbench, otava];
