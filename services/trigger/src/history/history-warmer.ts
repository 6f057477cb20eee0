import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeEvent, RUNS_STREAM, stageFilter, type EventOf, type Logger } from '@benchline/core';
import { DEFAULT_HISTORY_LIMIT } from '../schemas.ts';
import type { HistoryQuery } from './read-history.ts';
import type { SeriesHistories } from './series-histories.ts';

const DAY_MS = 86_400_000;

export interface HistoryWarmerOptions {
  nc: NatsConnection;
  histories: SeriesHistories;
  /** Published runs this far back are warmed at start; 0: none, only runs published from now on. */
  days: number;
  log: Logger;
}

/**
 * Reads the histories of benchmarks with recent runs before anyone opens them, as the history page
 * asks for them (the run's minion, the default limit): at start those of the runs published in the
 * last `days`, newest first, as long as they fit in the cache, then each benchmark of every run
 * published while the trigger runs, which costs a read of the run's own points. One read at a time,
 * in the background; one that fails is logged and leaves the history to be read on request.
 */
export async function startHistoryWarmer({ nc, histories, days, log }: HistoryWarmerOptions) {
  const consumer = await jetstream(nc).consumers.get(RUNS_STREAM, {
    filter_subjects: stageFilter('published'),
    ...(days > 0
      ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(Date.now() - days * DAY_MS).toISOString() }
      : { deliver_policy: DeliverPolicy.New }),
  });
  const messages = await consumer.consume();
  // Newest last: a benchmark published again moves to the end, and the end is read first.
  const pending = new Map<string, HistoryQuery>();
  let wake: (() => void) | undefined;
  let stopped = false;

  const follow = async () => {
    for await (const msg of messages) {
      let published: EventOf<'published'>;
      try {
        published = decodeEvent('published', msg.data);
      } catch {
        continue; // The recorder dead-letters it.
      }
      const { request, publication } = published.message;
      for (const { name, points } of publication?.benchmarks ?? []) {
        if (!name || !points) continue;
        const query = { suite: request.suite, benchmark: name, minion: request.minion, limit: DEFAULT_HISTORY_LIMIT };
        const key = JSON.stringify(query);
        pending.delete(key);
        pending.set(key, query);
      }
      wake?.();
    }
  };

  const warm = async () => {
    while (!stopped) {
      const key = [...pending.keys()].at(-1);
      if (key === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      const query = pending.get(key)!;
      pending.delete(key);
      try {
        if (!(await histories.warm(query))) log.debug({ query }, 'history not warmed: the cache is full');
      } catch (error) {
        log.warn({ err: error, query }, 'warming a history failed; it is read on request');
      }
    }
  };

  const done = Promise.all([follow(), warm()]);
  return {
    async stop() {
      stopped = true;
      wake?.();
      await messages.close();
      await done;
    },
  };
}
