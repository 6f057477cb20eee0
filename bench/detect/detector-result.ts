import type { Scores } from './evaluate.ts';

/** One detector's scores in the detection bench. */
export interface DetectorResult {
  name: string;
  /** Why the detector could not run (reference packages only). */
  unavailable?: string;
  tcpd?: Scores;
  synthetic?: Scores;
  /** False alerts per 1000 points on change-free series, per noise model. */
  falseAlerts?: Record<string, number>;
  /** Online delays (points of the new level seen) on the delay set; undefined = not within 30. */
  delays?: (number | undefined)[];
}
