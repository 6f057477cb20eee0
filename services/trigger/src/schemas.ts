import { Type, type Static } from 'typebox';

const Token = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });

export const RunBody = Type.Object({
  suite: Token,
  ref: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'branch, tag or commit; default: the suite’s defaultRef' })),
  benchmarks: Type.Optional(Type.Array(Token, { maxItems: 256, description: 'default: all of the suite’s benchmarks' })),
  parameters: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' }), Type.String({ maxLength: 1024 }))),
  minion: Type.Optional(Token),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 32 })),
}, { additionalProperties: false });
export type RunBody = Static<typeof RunBody>;

export const Accepted = Type.Object({
  runId: Type.String(),
  status: Type.String(),
  statusUrl: Type.String(),
  duplicate: Type.Boolean(),
});

export const Problem = Type.Object({
  error: Type.String(),
  message: Type.String(),
  field: Type.Optional(Type.String()),
  problems: Type.Optional(Type.Array(Type.String())),
});

export const RunState = Type.Object({
  runId: Type.String(),
  status: Type.String(),
  suite: Type.String(),
  ref: Type.String(),
  minion: Type.String(),
  benchmarks: Type.Array(Type.String()),
  parameters: Type.Record(Type.String(), Type.String()),
  tags: Type.Array(Type.String()),
  source: Type.String(),
  requestedBy: Type.String(),
  stages: Type.Record(Type.String(), Type.String()),
  commit: Type.Optional(Type.String()),
  provisioningSkipped: Type.Optional(Type.Boolean()),
  results: Type.Optional(Type.Array(Type.Object({
    benchmark: Type.String(),
    status: Type.String(),
    message: Type.Optional(Type.String()),
    points: Type.Optional(Type.Integer()),
    error: Type.Optional(Type.String()),
  }))),
  cid: Type.Optional(Type.String()),
  points: Type.Optional(Type.Integer()),
  error: Type.Optional(Type.Object({
    stage: Type.String(),
    code: Type.Optional(Type.String({ description: 'one of the codes in docs/errors.md' })),
    reason: Type.String(),
    detail: Type.Optional(Type.String()),
  })),
});

export const RunQuery = Type.Object({
  status: Type.Optional(Type.Union(['requested', 'provisioned', 'executed', 'published', 'failed'].map((status) => Type.Literal(status)))),
  suite: Type.Optional(Token),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
});
