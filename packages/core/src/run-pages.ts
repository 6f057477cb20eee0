import type { IndexedRun } from './run-index.ts';
import { getRun, type RunFilter, type RunState, type RunStore } from './run-state.ts';

/**
 * Index entries one page reads at most. A filter that matches few runs answers a short (even
 * empty) page with a cursor to go on from, rather than walk every stored run in one request.
 */
const SCAN_LIMIT = 2_000;
/** Entries read at once, in parallel; a filtered walk doubles its chunk up to this. */
const MAX_CHUNK = 500;

export interface RunPageQuery extends RunFilter {
  /** Continue below this index position (a previous page's `next`); from the newest run without it. */
  before?: number;
}

export interface RunPage {
  runs: RunState[];
  /** Where the next page starts; absent when the walk reached the oldest indexed run. */
  next?: number;
}

/**
 * Newest first by the index (run-index.ts): reads index entries backwards from `before`, drops
 * other suites by the entry alone, then reads the candidates' states for the status filter.
 */
export async function pageRuns({ runs, runIndex }: RunStore, query: RunPageQuery): Promise<RunPage> {
  const { first, end } = await runIndex.bounds();
  const page: RunState[] = [];
  let position = Math.min(query.before ?? end, end);
  let chunk = query.limit;
  for (let scanned = 0; position > first && scanned < SCAN_LIMIT; chunk = Math.min(chunk * 2, MAX_CHUNK)) {
    const size = Math.min(chunk, position - first, SCAN_LIMIT - scanned);
    const entries = (await runIndex.read(Array.from({ length: size }, (_, offset) => position - 1 - offset))).filter(
      (entry): entry is IndexedRun => entry !== undefined && (!query.suite || entry.suite === query.suite),
    );
    const states = await Promise.all(entries.map((entry) => getRun(runs, entry.runId)));
    for (const [at, state] of states.entries()) {
      if (!state || (query.status && state.status !== query.status)) continue;
      page.push(state);
      if (page.length === query.limit) return positioned(page, entries[at]!.seq, first);
    }
    position -= size;
    scanned += size;
  }
  return positioned(page, position, first);
}

const positioned = (runs: RunState[], next: number, first: number): RunPage =>
  next > first ? { runs, next } : { runs };
