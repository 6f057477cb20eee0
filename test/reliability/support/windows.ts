import { readFile } from 'node:fs/promises';

/** A span of time one run held something (the minion, its benchmark's execution); ns or ms, consistently. */
export interface Window {
  runId: string;
  start: number;
  end: number;
}

/** The windows the fast suite's benchmark appended to `<workDir>/windows.log`: `<startNs> <endNs> <runId>` per line. */
export async function readWindows(path: string): Promise<Window[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => {
    const [start, end, runId] = line.split(' ');
    // Nanoseconds since the epoch exceed 2^53; microseconds are exact and plenty.
    return { runId: runId ?? '', start: Number(BigInt(start!) / 1000n), end: Number(BigInt(end!) / 1000n) };
  });
}

/** Pairs of windows that overlap in time (touching ends do not count). */
export function overlaps(windows: readonly Window[]): [Window, Window][] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  const found: [Window, Window][] = [];
  let latest: Window | undefined;
  for (const window of sorted) {
    if (latest && window.start < latest.end) found.push([latest, window]);
    if (!latest || window.end > latest.end) latest = window;
  }
  return found;
}

/** A window from RFC 3339 timestamps of run events (ms precision). */
export function eventWindow(runId: string, startedAt: string | null | undefined, finishedAt: string | null | undefined): Window {
  if (!startedAt || !finishedAt) throw new Error(`run ${runId} has no start or finish time`);
  return { runId, start: Date.parse(startedAt), end: Date.parse(finishedAt) };
}
