import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { BenchlineConfig } from '@benchline/core';
import { HttpError } from './problem.ts';

/**
 * `@fastify/rate-limit` per API key: every request that passed the key check counts against its
 * key's budget (requests on public paths, which carry no key, against the client address). Answers
 * 429 with Retry-After. Its hook is per route, so it runs after the app-wide auth hook.
 */
export function rateLimitOptions(limits: BenchlineConfig['http']['rateLimit']): RateLimitPluginOptions {
  return {
    global: true,
    max: limits.max,
    timeWindow: limits.timeWindowSeconds * 1000,
    keyGenerator: (request) => (request.apiKeyId ? `key:${request.apiKeyId}` : `address:${request.ip}`),
    errorResponseBuilder: (_, { max, after }) =>
      new HttpError(
        'HTTP_RATE_LIMITED',
        `rate limit exceeded: at most ${max} requests per ${limits.timeWindowSeconds} s; retry in ${after}`,
      ),
  };
}
