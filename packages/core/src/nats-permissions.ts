import {
  ARTIFACTS_BUCKET,
  CHANGE_FOLLOWER_CONSUMER,
  BISECTIONS_BUCKET,
  BISECTOR_CONSUMER,
  CHANGES_BUCKET,
  CONSUMERS,
  LEASES_BUCKET,
  NOTIFIER_CONSUMERS,
  RECORDER_CONSUMER,
  RUNS_BUCKET,
} from './topology.ts';
import { RUN_INDEX_BUCKET } from './run-index.ts';
import {
  DEAD_LETTER_STREAM,
  deadLetterSubject,
  environmentSubject,
  eventSubject,
  notifySubject,
  RUNS_STREAM,
  type StageName,
} from './subjects.ts';

/**
 * The NATS users of a Benchline deployment and the subjects each may use: the ONE definition that
 * both local mode and the production server config (infrastructure/nats/authorization.conf) are
 * rendered from. Each service connects as the user of its own name.
 */
export const NATS_USERS = [
  'admin',
  'trigger',
  'provisioner',
  'executor',
  'publisher',
  'analyzer',
  'notifier',
  'bisector',
  'client',
] as const;
export type NatsUser = (typeof NATS_USERS)[number];

export interface SubjectPermissions {
  publish: { allow: string[]; deny?: string[] };
  subscribe: { allow: string[] };
}

export const isNatsUser = (user: string | undefined): user is NatsUser =>
  (NATS_USERS as readonly string[]).includes(user ?? '');

/**
 * Replies and JetStream deliveries for a service user go to its own inbox prefix, so no user can
 * subscribe to another one's replies (KV reads, pulled messages). `client` keeps the default
 * `_INBOX` so stock tools (the `nats` CLI) work with it.
 */
export const natsInboxPrefix = (user: NatsUser): string => (user === 'client' ? '_INBOX' : `_INBOX_${user}`);

const API = '$JS.API';
const kvStream = (bucket: string) => `KV_${bucket}`;
const objStream = (bucket: string) => `OBJ_${bucket}`;

/** Stream info for the streams every service binds to at start-up (metadata only, no data). */
const bindTopology = [
  RUNS_STREAM,
  kvStream(RUNS_BUCKET),
  kvStream(RUN_INDEX_BUCKET),
  kvStream(LEASES_BUCKET),
  objStream(ARTIFACTS_BUCKET),
  kvStream(CHANGES_BUCKET),
].map((stream) => `${API}.STREAM.INFO.${stream}`);

/** Pull, heartbeat and acknowledge on one durable consumer (of the RUNS stream unless told). */
const workOn = (durable: string, stream: string = RUNS_STREAM) => [
  `${API}.CONSUMER.INFO.${stream}.${durable}`,
  `${API}.CONSUMER.MSG.NEXT.${stream}.${durable}`,
  `$JS.ACK.${stream}.${durable}.>`,
];

/** Publish events of these stages: `run.<stage>.<minion>.<runId>`. */
const emit = (...stages: StageName[]) => stages.map((stage) => eventSubject(stage, '*', '*'));

/** Look up one event by subject (progress.ts: skip work already done). Reads any message of RUNS. */
const lookUpEvents = [`${API}.STREAM.MSG.GET.${RUNS_STREAM}`];

/** Short-lived ordered consumers (KV keys, object reads, following a run), never a durable. */
const orderedConsumersOn = (stream: string) => [
  `${API}.CONSUMER.CREATE.${stream}.>`,
  `${API}.CONSUMER.INFO.${stream}.*`,
  `${API}.CONSUMER.DELETE.${stream}.*`,
  `$JS.FC.${stream}.>`,
];

// Buckets are read from their stream's leader (topology.ts: no direct gets, which a lagging replica
// may answer), through MSG.GET.
const kvRead = (bucket: string) => [`${API}.STREAM.MSG.GET.${kvStream(bucket)}`];
/** The run index, append-only, is read by direct get: by key and, for listing, by sequence. */
const runIndexReadWrite = [
  `${API}.DIRECT.GET.${kvStream(RUN_INDEX_BUCKET)}`,
  `${API}.DIRECT.GET.${kvStream(RUN_INDEX_BUCKET)}.$KV.${RUN_INDEX_BUCKET}.>`,
  `$KV.${RUN_INDEX_BUCKET}.>`,
];
const kvWrite = (bucket: string) => [`$KV.${bucket}.>`];
const kvReadWrite = (bucket: string) => [...kvRead(bucket), ...kvWrite(bucket)];
const kvList = (bucket: string) => orderedConsumersOn(kvStream(bucket));

// An object put looks up the existing object's metadata first (MSG.GET).
// Purge: replacing an object removes the old object's chunks, and a failed put its own (the library
// purges by chunk subject; a permission cannot narrow a purge to a filter).
const objectsWrite = (bucket: string) => [
  `$O.${bucket}.>`,
  `${API}.STREAM.MSG.GET.${objStream(bucket)}`,
  `${API}.STREAM.PURGE.${objStream(bucket)}`,
];
const objectsRead = (bucket: string) => [
  `${API}.STREAM.MSG.GET.${objStream(bucket)}`,
  ...orderedConsumersOn(objStream(bucket)),
];

const DURABLES = [
  ...Object.values(CONSUMERS).map(({ durable }) => durable),
  RECORDER_CONSUMER,
  ...Object.values(NOTIFIER_CONSUMERS)
    .filter(({ stream }) => stream === RUNS_STREAM)
    .map(({ durable }) => durable),
];

function service(
  user: Exclude<NatsUser, 'admin' | 'client'>,
  publish: string[],
  subscribe: string[] = [],
): SubjectPermissions {
  return {
    publish: { allow: [`${API}.INFO`, ...bindTopology, ...publish] },
    subscribe: { allow: [`${natsInboxPrefix(user)}.>`, ...subscribe] },
  };
}

const PERMISSIONS: Record<Exclude<NatsUser, 'admin'>, SubjectPermissions> = {
  // HTTP API and schedules (run.requested), the recorder (runs bucket, rejects to run.failed and the dead letters).
  trigger: service(
    'trigger',
    [
      // POST /runs/:id/cancel: reads the run's request, publishes run.cancelled.
      ...emit('requested', 'failed', 'cancelled'),
      ...lookUpEvents,
      // GET /runs/:id/events: follows a run (ordered consumer) and its live lines.
      ...orderedConsumersOn(RUNS_STREAM),
      `${API}.CONSUMER.MSG.NEXT.${RUNS_STREAM}.*`,
      'deadletter.>',
      ...workOn(RECORDER_CONSUMER),
      ...kvReadWrite(RUNS_BUCKET),
      ...kvList(RUNS_BUCKET),
      // GET /runs: the index of runs, written when a run is first recorded and read by sequence.
      ...runIndexReadWrite,
      // Changes: listed and triaged over HTTP (PATCH /changes/:id), announced on change.updated.
      ...kvReadWrite(CHANGES_BUCKET),
      ...kvList(CHANGES_BUCKET),
      'change.updated.*',
      // GET /changes/:id: the change's confirmation and bisection, as the bisector records them.
      `${API}.STREAM.INFO.${kvStream(BISECTIONS_BUCKET)}`,
      ...kvRead(BISECTIONS_BUCKET),
      // GET /notifications/dead-letters: reads the notifier's dead letters (ordered consumer).
      `${API}.STREAM.INFO.${DEAD_LETTER_STREAM}`,
      ...orderedConsumersOn(DEAD_LETTER_STREAM),
      `${API}.CONSUMER.MSG.NEXT.${DEAD_LETTER_STREAM}.*`,
    ],
    ['runlog.*'],
  ),
  provisioner: service('provisioner', [
    ...emit('provisioned', 'failed'),
    ...workOn(CONSUMERS.provisioner.durable),
    ...lookUpEvents,
    ...kvReadWrite(LEASES_BUCKET),
    // Watches the leases to hand a freed minion to the next waiting run at once.
    ...kvList(LEASES_BUCKET),
    ...objectsWrite(ARTIFACTS_BUCKET),
  ]),
  executor: service('executor', [
    ...emit('executed', 'failed'),
    'runlog.*',
    ...workOn(CONSUMERS.executor.durable),
    ...lookUpEvents,
    ...kvReadWrite(LEASES_BUCKET),
    ...objectsWrite(ARTIFACTS_BUCKET),
  ]),
  publisher: service('publisher', [
    ...emit('published', 'failed'),
    // A minion's environment change, announced on the CHANGES stream.
    environmentSubject('*'),
    ...workOn(CONSUMERS.publisher.durable),
    ...lookUpEvents,
    ...objectsRead(ARTIFACTS_BUCKET),
    // Retention (retention.ts): removes or marks a published run's artifacts (metadata update, purge
    // of its chunks) and trims acknowledged RUNS history (reads every consumer's ack floor first; purges
    // the head, deletes acknowledged events behind an unacknowledged one).
    `$O.${ARTIFACTS_BUCKET}.M.>`,
    `${API}.STREAM.PURGE.${objStream(ARTIFACTS_BUCKET)}`,
    `${API}.CONSUMER.LIST.${RUNS_STREAM}`,
    `${API}.STREAM.PURGE.${RUNS_STREAM}`,
    `${API}.STREAM.MSG.DELETE.${RUNS_STREAM}`,
  ]),
  analyzer: service('analyzer', [
    // run.requested: the one repeat of a noisy run.
    ...emit('analyzed', 'failed', 'requested'),
    ...workOn(CONSUMERS.analyzer.durable),
    ...workOn(CHANGE_FOLLOWER_CONSUMER.durable, CHANGE_FOLLOWER_CONSUMER.stream),
    ...lookUpEvents,
    ...kvReadWrite(CHANGES_BUCKET),
    ...kvList(CHANGES_BUCKET),
    'change.detected.*',
    'change.updated.*',
  ]),
  // Turns run and change events into one delivery per destination, delivers them, dead-letters what keeps failing.
  notifier: service('notifier', [
    ...Object.values(NOTIFIER_CONSUMERS).flatMap(({ durable, stream }) => workOn(durable, stream)),
    notifySubject('*'),
    deadLetterSubject(notifySubject('*')),
  ]),
  // Confirms new regressions by rerunning them and bisects confirmed ones: requests runs, reads their events,
  // records its progress, updates the change and announces bisect.* events.
  bisector: service('bisector', [
    // Its own runs: requested, and cancelled when their change is dismissed.
    ...emit('requested', 'cancelled'),
    ...lookUpEvents,
    ...workOn(BISECTOR_CONSUMER.durable, BISECTOR_CONSUMER.stream),
    ...kvReadWrite(CHANGES_BUCKET),
    ...kvList(CHANGES_BUCKET),
    `${API}.STREAM.INFO.${kvStream(BISECTIONS_BUCKET)}`,
    ...kvReadWrite(BISECTIONS_BUCKET),
    'change.updated.*',
    'bisect.*.*',
  ]),
  // CI or people outside the services: request runs directly and follow them (events and live lines).
  client: {
    publish: {
      allow: [
        `${API}.INFO`,
        `${API}.STREAM.INFO.${RUNS_STREAM}`,
        ...emit('requested'),
        ...orderedConsumersOn(RUNS_STREAM),
        `${API}.CONSUMER.MSG.NEXT.${RUNS_STREAM}.*`,
      ],
      // The services' durables are off limits: pulling from one would take a run away from its service.
      deny: [
        `${API}.CONSUMER.DURABLE.CREATE.>`,
        ...DURABLES.flatMap((durable) => [
          `${API}.CONSUMER.CREATE.${RUNS_STREAM}.${durable}`,
          `${API}.CONSUMER.CREATE.${RUNS_STREAM}.${durable}.>`,
          `${API}.CONSUMER.DELETE.${RUNS_STREAM}.${durable}`,
          `${API}.CONSUMER.MSG.NEXT.${RUNS_STREAM}.${durable}`,
        ]),
      ],
    },
    subscribe: { allow: [`${natsInboxPrefix('client')}.>`, 'runlog.*'] },
  },
};

/** `all` for admin (creates the topology; operators' tool), otherwise the user's allow/deny lists. */
export function natsPermissions(user: NatsUser): SubjectPermissions | 'all' {
  return user === 'admin' ? 'all' : PERMISSIONS[user];
}
