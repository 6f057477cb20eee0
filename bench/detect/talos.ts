import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA_DIR } from './data-dir.ts';
import type { Detector } from './detector.ts';
import { cleanPredictions, TCPD_MARGIN, truePositives } from './scoring.ts';

const DIR = join(SHARED_DATA_DIR, 'perfherder-talos');

/** A real Firefox performance series with the alerts Perfherder's production detector raised on it. */
export interface TalosSeries {
  file: string;
  values: number[];
  /** Indices of the alerts in the timestamp-sorted series. */
  alerts: number[];
}

/** The seven Talos series of ../shared/data/perfherder-talos, values sorted by push timestamp. */
export function loadTalos(): TalosSeries[] {
  const manifest = JSON.parse(readFileSync(join(DIR, 'MANIFEST.json'), 'utf8')) as Record<
    string,
    { index_in_timestamp_sorted_series: number[] }
  >;
  return Object.entries(manifest).map(([file, { index_in_timestamp_sorted_series }]) => ({
    file,
    values: talosValues(file),
    alerts: index_in_timestamp_sorted_series,
  }));
}

/** Values sorted by push timestamp (stable, like Python's sorted), from graphs.mozilla.org `test_runs`. */
function talosValues(file: string): number[] {
  type Run = [id: unknown, push: unknown, pushTimestamp: number, value: number];
  const runs = (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { test_runs: Run[] }).test_runs;
  return runs
    .map((run, order) => ({ timestamp: run[2], value: run[3], order }))
    .sort((a, b) => a.timestamp - b.timestamp || a.order - b.order)
    .map((run) => run.value);
}

/** How a detector's changes on the Talos series compare with Perfherder's production alerts. */
export interface TalosAgreement {
  /** Alerts with one of the detector's changes within the TCPD margin (one-to-one). */
  alertsFound: number;
  alerts: number;
  /** Changes the detector reported. */
  changes: number;
}

/**
 * Real performance data, without ground truth: the alerts are one detector's output (Mozilla
 * reports about 12.5 % of its alert groups as false), so this shows how another detector's changes
 * line up with what a production system raised, not which is right.
 */
export function talosAgreement(detector: Detector, series: readonly TalosSeries[]): TalosAgreement {
  let alertsFound = 0;
  let changes = 0;
  for (const { values, alerts } of series) {
    const found = cleanPredictions(detector.detect(values), values.length);
    alertsFound += truePositives(new Set(alerts), new Set(found), TCPD_MARGIN);
    changes += found.length;
  }
  return { alertsFound, alerts: series.reduce((sum, { alerts }) => sum + alerts.length, 0), changes };
}
