import { readFile } from 'node:fs/promises';

/** A span of time one run held something (the minion, its benchmark's execution); ns or ms, consistently. */
export interface Window {
  runId: string;
  start: number;
  end: number;
}

/**
 * The windows the fast suite's benchmark appended to `<workDir>/windows.log`: `<startNs> <endNs> <runId>` per line.
 * Fails loudly when there is nothing to judge: a missing or empty file, or a line that is not a window
 * (an overlap check over no data would pass whatever happened on the minion).
 */
export async function readWindows(path: string): Promise<Window[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `no execution windows at ${path}: ${error.code ?? error.message} (did any benchmark of the fast suite run?)`,
    );
  });
  const windows = text
    .split('\n')
    .filter(Boolean)
    .map((line, index) => {
      const match = /^(\d+) (\d+) (\S+)$/.exec(line);
      if (!match)
        throw new Error(`${path}:${index + 1}: not a window (<startNs> <endNs> <runId>): ${JSON.stringify(line)}`);
      // Nanoseconds since the epoch exceed 2^53; microseconds are exact and plenty.
      return { runId: match[3]!, start: Number(BigInt(match[1]!) / 1000n), end: Number(BigInt(match[2]!) / 1000n) };
    });
  if (windows.length === 0) throw new Error(`no execution windows in ${path}: the file is empty`);
  return windows;
}

/** How many windows each of `runIds` has (0 for a run that never recorded one), in the order given. */
export function windowsPerRun(windows: readonly Window[], runIds: readonly string[]): Record<string, number> {
  return Object.fromEntries(runIds.map((runId) => [runId, windows.filter((window) => window.runId === runId).length]));
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
export function eventWindow(
  runId: string,
  startedAt: string | null | undefined,
  finishedAt: string | null | undefined,
): Window {
  if (!startedAt || !finishedAt) throw new Error(`run ${runId} has no start or finish time`);
  return { runId, start: Date.parse(startedAt), end: Date.parse(finishedAt) };
}
