import { describe, expect, it } from 'vitest';
import { runDetectBench, targets } from '../detect/main.ts';

/**
 * The quick variant of `npm run bench:detect`: a change in the detector that loses quality fails CI.
 * The TCPD targets (F1 ≥ 0.75, cover ≥ 0.70) are met since seasons are taken out (0.760 /
 * 0.703) and must stay met, with the false-alert and delay targets and the highest F1 on both sets.
 */
/** About 10 s on a quiet machine; this checks quality, not speed, so a loaded one gets time to finish. */
const QUALITY_CHECK_TIMEOUT_MS = 180_000;

describe('bench:detect --quick', () => {
  it(
    "keeps Benchline's TCPD, false-alert and delay targets met",
    async () => {
      const result = await runDetectBench({ perModel: 8, references: false });
      const own = result.detectors[0]!;
      expect(own.name).toBe('Benchline');
      const met = Object.fromEntries(targets(result).map((target) => [target.id, target.met]));
      expect(met).toMatchObject({
        'tcpd-f1': true,
        'tcpd-cover': true,
        'false-alerts': true,
        delay: true,
        'best-tcpd': true,
        'best-synthetic': true,
      });
    },
    QUALITY_CHECK_TIMEOUT_MS,
  );
});
