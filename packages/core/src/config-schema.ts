import { Type, type Static } from 'typebox';

const Name = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
  description: 'letters, digits, _ and -; used in NATS subjects and InfluxDB tags',
});
const Argv = Type.Array(Type.String(), {
  minItems: 1,
  description: 'program and arguments; never passed through a shell',
});

export const ParameterSchema = Type.Object(
  {
    default: Type.Optional(Type.String()),
    pattern: Type.Optional(Type.String({ description: 'regular expression the whole value must match' })),
    values: Type.Optional(Type.Array(Type.String(), { minItems: 1, description: 'the allowed values' })),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const BenchmarkSchema = Type.Object(
  {
    name: Name,
    command: Argv,
    format: Type.String({ default: 'auto', description: 'results format name, or auto to detect' }),
    timeoutSeconds: Type.Number({ exclusiveMinimum: 0, default: 600 }),
    artifacts: Type.Array(Type.String(), {
      default: [],
      description: 'extra files the benchmark writes, relative to its output dir',
    }),
    repetitions: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100,
        description:
          "times the benchmark runs in one run, interleaved with the suite's other benchmarks; each repetition's results are kept (default 1)",
      }),
    ),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const SuiteSchema = Type.Object(
  {
    repo: Type.String({ minLength: 1, description: 'git URL or path on the minion' }),
    defaultRef: Type.String({ minLength: 1, default: 'main' }),
    packages: Type.Array(Type.String(), {
      default: [],
      description: 'system packages the playbook installs on the minion',
    }),
    setup: Type.Array(Argv, {
      default: [],
      description: 'commands run in the checkout when it or its lockfile changed',
    }),
    setupInputs: Type.Array(Type.String(), {
      default: ['package-lock.json'],
      description: 'files whose change re-runs setup',
    }),
    environment: Type.Optional(
      Type.Array(Type.String({ pattern: '^[^-\\s][^\\s]*$' }), {
        description:
          'runtimes and compilers the suite uses (a name on PATH or an absolute path): the first line of `<exe> --version` goes into the host facts',
      }),
    ),
    parameters: Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' }), ParameterSchema, {
      default: {},
    }),
    benchmarks: Type.Array(BenchmarkSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

const onOff = (description: string) => Type.Union([Type.Literal('on'), Type.Literal('off')], { description });

/** Host tuning the playbook applies before each run (docs/noise.md); a setting the host lacks is reported unavailable. */
const TuningSchema = Type.Object(
  {
    governor: Type.Optional(
      Type.String({ pattern: '^[a-z_]+$', description: 'CPU frequency governor of every CPU, e.g. performance' }),
    ),
    turbo: Type.Optional(onOff('turbo/boost frequencies (off: steadier, slower peak)')),
    smt: Type.Optional(onOff('simultaneous multithreading (off: sibling CPUs go offline)')),
    aslr: Type.Optional(
      Type.Literal('off', { description: 'address space randomization, off for the benchmark processes only' }),
    ),
    swappiness: Type.Optional(Type.Integer({ minimum: 0, maximum: 200, description: 'vm.swappiness of the host' })),
    reservedCpus: Type.Optional(
      Type.String({
        pattern: '^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$',
        description: 'CPU list (e.g. 2-3) the benchmarks and the canary are pinned to (taskset)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const MinionSchema = Type.Object(
  {
    host: Type.String({ minLength: 1 }),
    port: Type.Integer({ minimum: 1, maximum: 65535, default: 22 }),
    user: Type.String({ minLength: 1 }),
    privateKeyFile: Type.String({ minLength: 1, description: 'path to the SSH private key (mode 0600)' }),
    hostKey: Type.String({
      pattern: '^(ssh-ed25519|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384|ecdsa-sha2-nistp521|ssh-rsa) [A-Za-z0-9+/=]+$',
      description: 'pinned host public key, "TYPE BASE64"',
    }),
    workDir: Type.String({
      minLength: 1,
      description: 'absolute directory on the minion for checkouts and run outputs',
    }),
    tuning: Type.Optional(TuningSchema),
  },
  { additionalProperties: false },
);

export const ScheduleSchema = Type.Object(
  {
    name: Name,
    cron: Type.String({ minLength: 1 }),
    timezone: Type.String({ default: 'UTC' }),
    suites: Type.Optional(Type.Array(Type.String(), { minItems: 1, description: 'default: every suite' })),
    ref: Type.Optional(Type.String()),
    minion: Type.Optional(Type.String()),
    tags: Type.Array(Type.String(), { default: ['scheduled'] }),
    catchUp: Type.Boolean({
      default: true,
      description: 'a trigger starting up runs the latest slot that no replica was up to fire',
    }),
  },
  { additionalProperties: false },
);

export const ApiKeySchema = Type.Object(
  {
    id: Name,
    sha256: Type.Optional(
      Type.String({
        pattern: '^[0-9a-f]{64}$',
        description: 'hex SHA-256 of the key (preferred: nothing secret at rest)',
      }),
    ),
    key: Type.Optional(Type.String({ minLength: 16, description: 'the key itself, usually ${ENV_VAR}' })),
  },
  { additionalProperties: false },
);

/** Unset settings fall back to the level above, then to the detector's documented defaults (@benchline/analysis). */
const analysisSettings = {
  minChangePercent: Type.Optional(
    Type.Number({ minimum: 0, description: 'smallest change worth reporting, in percent' }),
  ),
  minAbsoluteChange: Type.Optional(
    Type.Number({ minimum: 0, description: "smallest change worth reporting, in the series' unit" }),
  ),
  confidence: Type.Optional(
    Type.Number({ exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: "of a run verdict's interval" }),
  ),
  minHistory: Type.Optional(Type.Integer({ minimum: 2, description: 'points of history a verdict needs' })),
  window: Type.Optional(Type.Integer({ minimum: 5, description: 'most recent points of a baseline' })),
  direction: Type.Optional(
    Type.Union([Type.Literal('lower'), Type.Literal('higher')], {
      description: 'which way is better; default from the unit',
    }),
  ),
  ignore: Type.Optional(Type.Boolean({ description: 'leave these series out of the analysis' })),
};
export const AnalysisSettingsSchema = Type.Object(analysisSettings, { additionalProperties: false });

export const AnalysisSchema = Type.Object(
  {
    ...analysisSettings,
    suites: Type.Record(
      Name,
      Type.Object(
        {
          ...analysisSettings,
          benchmarks: Type.Record(Name, AnalysisSettingsSchema, { default: {} }),
        },
        { additionalProperties: false },
      ),
      { default: {} },
    ),
  },
  { additionalProperties: false, default: {} },
);

const destination = {
  name: Name,
  events: Type.Optional(
    Type.Array(
      Type.Union([
        Type.Literal('run.analyzed'),
        Type.Literal('run.failed'),
        Type.Literal('change.detected'),
        Type.Literal('change.updated'),
      ]),
      { minItems: 1, description: 'default: every event the destination handles' },
    ),
  ),
  suites: Type.Optional(Type.Array(Type.String(), { minItems: 1, description: 'default: every suite' })),
  minChangePercent: Type.Optional(
    Type.Number({
      minimum: 0,
      description:
        'leave out changes and run verdicts smaller than this (absolute percent); a run.analyzed with none left is not sent',
    }),
  ),
  timeoutSeconds: Type.Number({ exclusiveMinimum: 0, default: 10, description: 'of one HTTP request' }),
};
const HttpUrl = (description: string) => Type.String({ pattern: '^https?://', description });

export const NotificationDestinationSchema = Type.Union([
  Type.Object(
    {
      ...destination,
      type: Type.Literal('webhook'),
      url: HttpUrl('receives a signed JSON POST per event'),
      secret: Type.String({ minLength: 16, description: 'HMAC-SHA256 key of Benchline-Signature, usually ${ENV_VAR}' }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      ...destination,
      type: Type.Literal('slack'),
      url: HttpUrl('Slack (or compatible) incoming webhook URL, usually ${ENV_VAR}: it is a secret'),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      ...destination,
      type: Type.Literal('github'),
      token: Type.String({
        minLength: 1,
        description: 'GitHub token with statuses and pull-request write access, usually ${ENV_VAR}',
      }),
      baseUrl: Type.String({
        default: 'https://api.github.com',
        description: 'REST API base; GitHub Enterprise Server: https://HOST/api/v3',
      }),
      repository: Type.Optional(
        Type.String({
          pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
          description: "owner/name; default: from the suite's repo URL",
        }),
      ),
      commitStatus: Type.Boolean({ default: true, description: 'a commit status per run on its commit' }),
      pullRequestComment: Type.Boolean({
        default: true,
        description: 'one comment per pull request and suite, edited by later runs',
      }),
    },
    { additionalProperties: false },
  ),
]);

export const NotificationsSchema = Type.Object(
  {
    maxAttempts: Type.Integer({
      minimum: 1,
      default: 8,
      description: 'attempts of one delivery before it is dead-lettered',
    }),
    maxDelaySeconds: Type.Integer({
      minimum: 1,
      default: 300,
      description: 'longest wait between attempts (1, 2, 4, … s)',
    }),
    destinations: Type.Array(NotificationDestinationSchema, { default: [] }),
  },
  { additionalProperties: false, default: {} },
);

/** Unset per-suite settings fall back to the block's own. */
const bisectionSettings = {
  enabled: Type.Optional(Type.Boolean({ description: 'confirm and bisect new regressions (default true)' })),
  confirmRuns: Type.Optional(
    Type.Integer({
      minimum: 2,
      maximum: 20,
      description: 'confirmation runs at each end, interleaved A B A B … (default 3)',
    }),
  ),
  stepRuns: Type.Optional(
    Type.Integer({
      minimum: 2,
      maximum: 20,
      description: 'runs of the midpoint per bisection step, interleaved with one run of each end (default 3)',
    }),
  ),
  maxRuns: Type.Optional(
    Type.Integer({
      minimum: 2,
      description:
        'budget of runs per change, confirmation included; then the narrowest range reached is reported (default 60)',
    }),
  ),
  confidence: Type.Optional(
    Type.Number({
      exclusiveMinimum: 0.5,
      exclusiveMaximum: 1,
      description:
        'of the comparisons: Mann–Whitney U at 1 − confidence, bootstrap interval of the ratio of medians (default 0.95)',
    }),
  ),
};
export const BisectionSettingsSchema = Type.Object(bisectionSettings, { additionalProperties: false });

export const BisectionSchema = Type.Object(
  {
    ...bisectionSettings,
    runTimeoutSeconds: Type.Integer({
      minimum: 10,
      default: 7200,
      description: 'how long the bisector waits for one of its runs (queueing included) before it gives the change up',
    }),
    suites: Type.Record(Name, BisectionSettingsSchema, { default: {} }),
  },
  { additionalProperties: false, default: {} },
);

const MiB = 1024 * 1024;
/** Age and size limits of one stream or bucket; what happens at a limit is documented per store in RetentionSchema. */
const storeLimits = (description: string, maxAgeDays: number, maxBytes: number, minAgeDays: number) =>
  Type.Object(
    {
      maxAgeDays: Type.Number({ minimum: minAgeDays, default: maxAgeDays }),
      maxBytes: Type.Integer({ minimum: 64 * 1024, default: maxBytes }),
    },
    { additionalProperties: false, default: {}, description },
  );

/**
 * Retention of Benchline's NATS storage (docs: infrastructure/README.md "Retention"). Nothing a
 * consumer has not acknowledged is ever removed: the RUNS stream refuses new events at maxBytes
 * (discard new) and the publisher trims only acknowledged history.
 */
const RetentionSchema = Type.Object(
  {
    runs: storeLimits(
      'RUNS stream: the publisher trims events every durable consumer has acknowledged, oldest first, once older than maxAgeDays or above 80% of maxBytes; at maxBytes the stream refuses new events rather than drop unacknowledged ones',
      90,
      1024 * MiB,
      0,
    ),
    runState: storeLimits(
      'runs bucket (the current state of each run): the least recently updated runs are dropped beyond maxBytes, and a run not updated for maxAgeDays expires',
      365,
      256 * MiB,
      1,
    ),
    artifacts: Type.Object(
      {
        maxAgeDays: Type.Number({
          minimum: 1,
          default: 30,
          description:
            'objects expire after this; an artifact lives from provisioning to publishing (hours), so at least a day',
        }),
        maxBytes: Type.Integer({
          minimum: 64 * 1024,
          default: 10 * 1024 * MiB,
          description:
            'at this size new artifacts are refused; above 80% of it the publisher removes kept artifacts of published runs, oldest first',
        }),
        keepAfterPublish: Type.Boolean({
          default: false,
          description:
            'keep a run’s artifacts in NATS after its bundle is stored on IPFS (by default they are removed)',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
    deadLetters: storeLimits(
      'DEADLETTER stream: the oldest dead letters are dropped beyond maxBytes or maxAgeDays',
      30,
      256 * MiB,
      0,
    ),
    checkIntervalSeconds: Type.Integer({
      minimum: 1,
      default: 60,
      description: 'how often the publisher trims the RUNS stream and the kept artifacts',
    }),
  },
  { additionalProperties: false, default: {} },
);

export const ConfigSchema = Type.Object(
  {
    dataDir: Type.String({ default: '.data', description: 'service state: Ansible dirs, IPFS blockstore' }),
    nats: Type.Object(
      {
        servers: Type.Array(Type.String(), { minItems: 1, default: ['nats://127.0.0.1:4222'] }),
        user: Type.Optional(Type.String({ description: 'overridden per service by BENCHLINE_NATS_USER' })),
        password: Type.Optional(
          Type.String({
            description: 'overridden per service by BENCHLINE_NATS_PASSWORD or BENCHLINE_NATS_PASSWORD_FILE',
          }),
        ),
        manageTopology: Type.Boolean({
          default: true,
          description:
            'services create and update streams, consumers and buckets at start-up; false: they only bind to them and benchline-init (admin user) creates them',
        }),
        ackWaitSeconds: Type.Integer({
          minimum: 1,
          default: 30,
          description: 'a message whose handler died is redelivered after this',
        }),
        replicas: Type.Integer({
          minimum: 1,
          maximum: 5,
          default: 1,
          description:
            'copies JetStream keeps of every stream, bucket and object store: 3 on a 3-node cluster, so any one node may fail; existing ones are scaled to it when the topology is created or updated',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
    http: Type.Object(
      {
        host: Type.String({ default: '127.0.0.1' }),
        port: Type.Integer({ minimum: 0, maximum: 65535, default: 8080 }),
        publicUrl: Type.Optional(
          Type.String({ description: 'base URL used in status links; default http://host:port' }),
        ),
        bodyLimitBytes: Type.Integer({ minimum: 1024, default: 65536 }),
        rateLimit: Type.Object(
          {
            max: Type.Integer({
              minimum: 1,
              default: 120,
              description: 'requests per API key (per client address for requests without a valid key) in each window',
            }),
            timeWindowSeconds: Type.Integer({ minimum: 1, default: 60 }),
          },
          { additionalProperties: false, default: {} },
        ),
        apiKeys: Type.Array(ApiKeySchema, { default: [] }),
      },
      { additionalProperties: false, default: {} },
    ),
    suites: Type.Record(Name, SuiteSchema, { default: {} }),
    minions: Type.Record(Name, MinionSchema, { default: {} }),
    defaultMinion: Type.Optional(Type.String()),
    schedules: Type.Array(ScheduleSchema, {
      default: [{ name: 'nightly', cron: '0 0 * * *', timezone: 'UTC', tags: ['nightly'] }],
    }),
    retention: RetentionSchema,
    lease: Type.Object(
      {
        ttlSeconds: Type.Integer({ minimum: 5, default: 120, description: 'a dead holder’s lease expires after this' }),
      },
      { additionalProperties: false, default: {} },
    ),
    provisioner: Type.Object(
      {
        timeoutSeconds: Type.Integer({ minimum: 1, default: 1800 }),
      },
      { additionalProperties: false, default: {} },
    ),
    noise: Type.Object(
      {
        canary: Type.Boolean({
          default: true,
          description: "time Benchline's noise canary (~0.5 s) on the minion at the start of every run",
        }),
        judgement: Type.Object(
          {
            history: Type.Integer({
              minimum: 3,
              default: 40,
              description: 'most recent canaries (same canary version, same minion) a run is judged against',
            }),
            minHistory: Type.Integer({
              minimum: 3,
              default: 25,
              description: 'canaries the minion needs before any of its runs is judged',
            }),
            spreads: Type.Number({
              minimum: 0,
              default: 6,
              description: 'a noisy canary exceeds the median of the history by more than spreads × 1.4826 × MAD …',
            }),
            floorPercent: Type.Number({
              minimum: 0,
              default: 100,
              description: '… and by more than this percentage of the median (100: over twice as long)',
            }),
            repeat: Type.Boolean({ default: true, description: 'repeat a noisy run once (never a repeat)' }),
          },
          { additionalProperties: false, default: {}, description: 'when a run counts as noisy (publisher)' },
        ),
      },
      { additionalProperties: false, default: {} },
    ),
    analysis: AnalysisSchema,
    bisection: BisectionSchema,
    notifications: NotificationsSchema,
    executor: Type.Object(
      {
        maxArtifactBytes: Type.Integer({ minimum: 1, default: 256 * 1024 * 1024 }),
      },
      { additionalProperties: false, default: {} },
    ),
    influx: Type.Object(
      {
        url: Type.String({ default: 'http://127.0.0.1:8086' }),
        apiVersion: Type.Union([Type.Literal('v1'), Type.Literal('v2')], { default: 'v1' }),
        database: Type.String({ default: 'benchline', description: 'v1: database; v2/v3: bucket' }),
        org: Type.Optional(Type.String({ description: 'v2 only' })),
        token: Type.Optional(Type.String({ description: 'v2/v3 token' })),
        username: Type.Optional(Type.String()),
        password: Type.Optional(Type.String()),
        batchSize: Type.Integer({ minimum: 1, default: 5000 }),
        retryMaxSeconds: Type.Integer({
          minimum: 1,
          default: 60,
          description:
            'how long one write keeps retrying an unavailable InfluxDB before the attempt fails (the message is then retried with backoff, up to 5 attempts)',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
    ipfs: Type.Object(
      {
        kuboUrl: Type.Optional(
          Type.String({ description: 'Kubo RPC API; default: embedded Helia node under dataDir' }),
        ),
        kuboToken: Type.Optional(
          Type.String({
            description:
              "sent to the Kubo RPC API as a bearer token, for a Kubo whose API.Authorizations require one (AuthSecret 'bearer:<token>')",
          }),
        ),
        gatewayPort: Type.Optional(
          Type.Integer({
            minimum: 0,
            maximum: 65535,
            description: 'embedded node: serve bundles over HTTP on 127.0.0.1',
          }),
        ),
      },
      { additionalProperties: false, default: {} },
    ),
    web: Type.Object(
      {
        public: Type.Boolean({
          default: false,
          description:
            'the web view and its read-only API routes answer without an API key; actions (cancel, triage) always need one',
        }),
        gatewayUrl: Type.Optional(
          Type.String({
            description:
              'IPFS gateway the web view links archived files to (…/ipfs/<cid>/<path>); default http://127.0.0.1:<ipfs.gatewayPort> when set',
          }),
        ),
        warmHistoryDays: Type.Number({
          minimum: 0,
          default: 7,
          description:
            'the trigger reads the histories of the benchmarks published in the last this many days when it starts, and of every benchmark published while it runs, so the history page answers from memory; 0 warms only those published from the start on',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
  },
  { additionalProperties: false },
);

export type BenchlineConfig = Static<typeof ConfigSchema>;
export type RetentionConfig = Static<typeof RetentionSchema>;
export type SuiteConfig = Static<typeof SuiteSchema>;
export type BenchmarkConfig = Static<typeof BenchmarkSchema>;
export type MinionConfig = Static<typeof MinionSchema>;
export type ScheduleConfig = Static<typeof ScheduleSchema>;
export type ParameterConfig = Static<typeof ParameterSchema>;
export type AnalysisSettings = Static<typeof AnalysisSettingsSchema>;
export type BisectionSettings = Static<typeof BisectionSettingsSchema>;
export type NotificationDestination = Static<typeof NotificationDestinationSchema>;
/** What the notifier announces (docs/notifications.md). */
export type NotificationEventKind = NonNullable<
  Extract<NotificationDestination, { type: 'webhook' }>['events']
>[number];
