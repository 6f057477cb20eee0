/** A change-point detector as the bench runs it: change indices (first point of each new level). */
export interface Detector {
  name: string;
  /** Retrospective change points of the whole series. */
  detect(values: readonly number[]): number[];
  /**
   * Change points reported when the last point arrives, for detectors that only look at the newest
   * data (Chromeperf's last 50 points); `detect` on the series so far otherwise.
   */
  detectLatest?(values: readonly number[]): number[];
}
