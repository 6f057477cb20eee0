import type { JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import type { KV } from '@nats-io/kv';
import {
  bisectSubject,
  bisectionSettingsOf,
  changeSubject,
  nowIso,
  type BenchlineConfig,
  type ChangeRecord,
  type ChangeStatus,
  type ChangeStore,
  type Logger,
  type MessageHandler,
} from '@benchline/core';
import { CHANGES_MEASUREMENT, type InfluxClient } from '@benchline/influx';
import { investigate, Stop, type InvestigationPorts } from './investigation.ts';
import type { BisectionRecord, BisectionStep, RangeCommit } from './record.ts';
import { measureRun, StopWaiting } from './runs.ts';

export interface BisectorDeps {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly config: BenchlineConfig;
  readonly changes: ChangeStore;
  readonly bisections: KV;
  readonly influx: Pick<InfluxClient, 'query' | 'write'>;
  /** The first-parent commits of (before, after] of a suite, oldest first (SuiteHistory on the controller's mirror). */
  readonly commits: (suite: string, before: string, after: string) => Promise<RangeCommit[]>;
  readonly log: Logger;
  readonly pollMs?: number;
}

const encoder = new TextEncoder();
/** Statuses whose change the bisector leaves alone. */
const LEFT_ALONE: readonly ChangeStatus[] = ['dismissed', 'not-reproduced', 'fixed'];

/** Reads and writes the bisections bucket (key = change id) with compare-and-set. */
export class BisectionStore {
  constructor(private readonly kv: KV) {}

  async get(changeId: string): Promise<BisectionRecord | undefined> {
    const entry = await this.kv.get(changeId);
    return entry && entry.operation === 'PUT' ? (entry.json() as BisectionRecord) : undefined;
  }

  async put(record: BisectionRecord): Promise<void> {
    await this.kv.put(record.changeId, encoder.encode(JSON.stringify(record)));
  }
}

/**
 * `change.detected.<suite>` (JSON ChangeRecord) → for a new regression: confirmation reruns, then
 * bisection, recorded step by step in `benchline-bisections`. The worker keeps the message alive
 * while it works; a bisector killed meanwhile gets it again (after the ack wait) and resumes from
 * the record.
 */
export function bisectorHandler(deps: BisectorDeps): MessageHandler {
  const store = new BisectionStore(deps.bisections);
  const changeOf = (msg: JsMsg): ChangeRecord | undefined => {
    try {
      const record = msg.json() as ChangeRecord;
      return typeof record?.id === 'string' && record.series && typeof record.commitAfter === 'string'
        ? record
        : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    async handle(msg) {
      const announced = changeOf(msg);
      if (!announced) return deps.log.warn({ subject: msg.subject }, 'not a change record: ignored');
      const log = deps.log.child({
        changeId: announced.id,
        suite: announced.series.suite,
        benchmark: announced.series.benchmark,
      });
      const settings = bisectionSettingsOf(deps.config, announced.series.suite);
      if (!settings.enabled || announced.kind !== 'regression') return;
      const change = (await deps.changes.get(announced.id)) ?? announced;
      if (LEFT_ALONE.includes(change.status)) return log.info({ status: change.status }, 'change left alone');
      const stored = await store.get(change.id);
      if (stored?.state === 'done') return;
      log.info(
        {
          range: `${change.commitBefore.slice(0, 10)}..${change.commitAfter.slice(0, 10)}`,
          resumed: stored !== undefined,
        },
        stored ? 'resuming the investigation' : 'confirming the regression',
      );
      const record = await investigate(change, stored, settings, ports(deps, store, change, log));
      if (record.result)
        log.info(
          { outcome: record.result.outcome, runs: record.result.runsUsed, steps: record.result.steps },
          record.result.message,
        );
    },
    async giveUp(msg, error) {
      const change = changeOf(msg);
      if (!change) return;
      const record = await store.get(change.id);
      if (!record || record.state === 'done') return;
      record.state = 'done';
      record.updatedAt = nowIso();
      record.result = {
        outcome: 'error',
        message: `The bisector kept failing: ${(error as Error).message}`,
        skipped: [],
        runsUsed: record.runs.length,
        steps: record.steps.length,
      };
      await store.put(record);
      await publishJson(deps.js, bisectSubject('completed', record.suite), record, `${record.changeId}:completed`);
    },
  };
}

function ports(deps: BisectorDeps, store: BisectionStore, change: ChangeRecord, log: Logger): InvestigationPorts {
  const suite = change.series.suite;
  const changeStatus = async () => (await deps.changes.get(change.id))?.status;
  return {
    measure: (run) => {
      log.info({ runId: run.runId, commit: run.commit.slice(0, 10), role: run.role }, 'requesting a run');
      return measureRun(
        {
          js: deps.js,
          jsm: deps.jsm,
          influx: deps.influx,
          config: deps.config,
          timeoutMs: deps.config.bisection.runTimeoutSeconds * 1000,
          ...(deps.pollMs !== undefined && { pollMs: deps.pollMs }),
          shouldStop: async () => ((await changeStatus()) === 'dismissed' ? 'the change was dismissed' : undefined),
        },
        change,
        run,
      ).catch(async (error: unknown) => {
        // Dismissed while its run waited: the run is cancelled and the investigation stops here.
        if (error instanceof StopWaiting)
          throw new Stop('dismissed', 'The change was dismissed: its investigation stopped.');
        throw error;
      });
    },
    commits: (before, after) => deps.commits(suite, before, after),
    save: (record) => store.put(record),
    changeStatus,
    async setChangeStatus(status, note) {
      const at = nowIso();
      const { after } = await deps.changes.update(change, (current) => {
        if (!current || current.status === status || LEFT_ALONE.includes(current.status)) return undefined;
        return {
          ...current,
          status,
          updatedAt: at,
          history: [...current.history, { status, at, by: 'bisector', note }],
        };
      });
      if (after?.status === status)
        await publishJson(deps.js, changeSubject('updated', suite), after, `${change.id}:bisector:${status}`);
    },
    async announce(event, record, step?: BisectionStep) {
      const payload = event === 'step' ? { ...summary(record), step } : summary(record);
      await publishJson(
        deps.js,
        bisectSubject(event, suite),
        payload,
        `${record.changeId}:${event}${step ? `:${step.step}` : ''}`,
      );
    },
    async annotate(record) {
      const culprit = record.result?.culprit;
      if (!culprit) return;
      const params = Object.fromEntries(
        Object.entries(change.series.params).map(([name, value]) => [`param_${name}`, value]),
      );
      const { params: _, ...tags } = change.series;
      await deps.influx.write([
        {
          measurement: CHANGES_MEASUREMENT,
          tags: { ...tags, ...params, change_id: change.id },
          fields: {
            culprit: culprit.sha,
            culprit_subject: culprit.subject,
            culprit_author: culprit.author,
            bisection: record.result!.outcome,
            culprit_text: record.result!.message,
          },
          timestamp: BigInt(change.timeMs) * 1_000_000n,
        },
      ]);
    },
    now: nowIso,
  };
}

/** What a bisect.* event carries: the record without the per-run detail of every step. */
function summary(record: BisectionRecord) {
  const { changeId, suite, series, direction, commitBefore, commitAfter, state, confirmation, result, runs } = record;
  return {
    changeId,
    suite,
    series,
    direction,
    commitBefore,
    commitAfter,
    state,
    confirmation,
    commits: record.commits?.length ?? 0,
    runIds: runs.map((run) => run.runId),
    ...(result && { result }),
  };
}

async function publishJson(js: JetStreamClient, subject: string, payload: unknown, msgID: string): Promise<void> {
  await js.publish(subject, encoder.encode(JSON.stringify(payload)), { msgID });
}
