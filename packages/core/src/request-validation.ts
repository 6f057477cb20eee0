import type { BenchlineConfig } from './config-schema.ts';
import type { RunRequest } from './messages.ts';
import { TOKEN_PATTERN, type EventAddress } from './subjects.ts';

/** Checks a request against the config; returns the problems, empty when it can run. */
export function validateRequest(config: BenchlineConfig, request: RunRequest, address?: EventAddress): string[] {
  const problems: string[] = [];
  if (!TOKEN_PATTERN.test(request.runId)) problems.push(`runId "${request.runId}" must match ${TOKEN_PATTERN}`);
  if (address && address.runId !== request.runId)
    problems.push(`runId "${request.runId}" differs from the subject's "${address.runId}"`);
  if (address && address.minion !== request.minion)
    problems.push(`minion "${request.minion}" differs from the subject's "${address.minion}"`);
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(request.requestedAt) ||
    Number.isNaN(Date.parse(request.requestedAt))
  ) {
    problems.push(`requestedAt "${request.requestedAt}" must be an RFC 3339 time such as 2026-01-31T00:00:00Z`);
  }
  if (!(request.minion in config.minions))
    problems.push(
      `unknown minion "${request.minion}" (configured: ${Object.keys(config.minions).join(', ') || 'none'})`,
    );
  const suite = config.suites[request.suite];
  if (!suite) {
    problems.push(
      request.suite
        ? `unknown suite "${request.suite}" (configured: ${Object.keys(config.suites).join(', ') || 'none'})`
        : 'suite is missing',
    );
    return problems;
  }
  const known = new Set(suite.benchmarks.map((benchmark) => benchmark.name));
  for (const name of request.benchmarks)
    if (!known.has(name)) problems.push(`suite "${request.suite}" has no benchmark "${name}"`);
  for (const [name, value] of Object.entries(request.parameters)) {
    const spec = suite.parameters[name];
    if (!spec) problems.push(`suite "${request.suite}" declares no parameter "${name}"`);
    else if (spec.values && !spec.values.includes(value))
      problems.push(`parameter "${name}" must be one of ${spec.values.join(', ')}`);
    else if (spec.pattern && !new RegExp(`^(?:${spec.pattern})$`).test(value))
      problems.push(`parameter "${name}" must match ${spec.pattern}`);
  }
  if (request.ref && (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/.test(request.ref) || request.ref.includes('..')))
    problems.push(`ref "${request.ref}" is not a valid branch, tag or commit name`);
  return problems;
}

/** The parameter values a run uses: the request's, then the suite's defaults. */
export function effectiveParameters(config: BenchlineConfig, request: RunRequest): Record<string, string> {
  const suite = config.suites[request.suite];
  const defaults = Object.entries(suite?.parameters ?? {}).flatMap(([name, spec]) =>
    spec.default === undefined ? [] : [[name, spec.default] as const],
  );
  return { ...Object.fromEntries(defaults), ...request.parameters };
}
