import { STATUS_CODES } from 'node:http';
import { Ajv } from 'ajv';
import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { KV } from '@nats-io/kv';
import type { BenchlineConfig, Logger, RunRequest } from '@benchline/core';
import { apiKeyVerifier, presentedKey } from './auth.ts';
import { rateLimitOptions } from './rate-limit.ts';
import { runRoutes } from './routes/runs.ts';
import { suiteRoutes } from './routes/suites.ts';

export interface AppDeps {
  config: BenchlineConfig;
  runs: KV;
  submit(request: RunRequest): Promise<{ duplicate: boolean }>;
  healthy(): boolean;
  log: Logger;
}

declare module 'fastify' {
  interface FastifyRequest {
    apiKeyId: string;
  }
}

const PUBLIC_PATHS = ['/healthz', '/docs'];

export async function buildApp(deps: AppDeps) {
  const { config } = deps;
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: config.http.bodyLimitBytes,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Query strings and params are text and need coercion; a JSON body must be taken as written.
  const strict = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false });
  const coercing = new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: false, allErrors: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));

  await app.register(swagger, {
    openapi: {
      info: { title: 'Benchline trigger API', version: '1', description: 'Request benchmark runs and follow them.' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const keys = apiKeyVerifier(config.http.apiKeys);
  app.decorateRequest('apiKeyId', '');
  app.addHook('onRequest', async (request, reply) => {
    if (PUBLIC_PATHS.some((path) => request.url === path || request.url.startsWith(`${path}/`))) return;
    const id = keys.verify(presentedKey(request.headers));
    if (!id) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'Unauthorized', message: 'a valid API key is required (Authorization: Bearer <key>)' });
    request.apiKeyId = id;
  });
  await app.register(rateLimit, rateLimitOptions(config.http.rateLimit));

  app.setErrorHandler((error: { validation?: { instancePath: string; message?: string }[]; validationContext?: string; statusCode?: number; message: string }, request, reply) => {
    if (error.validation) {
      const first = error.validation[0];
      const field = `${error.validationContext ?? 'body'}${first?.instancePath.replaceAll('/', '.') ?? ''}`;
      return reply.code(400).send({ error: 'Bad Request', field, message: `${field} ${first?.message ?? 'is invalid'}` });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({ error: STATUS_CODES[status] ?? 'Error', message: status >= 500 ? 'internal error' : error.message });
  });

  app.get('/healthz', { schema: { hide: true } }, async (_, reply) => reply.code(deps.healthy() ? 200 : 503).send({ ok: deps.healthy() }));
  await app.register(runRoutes, deps);
  await app.register(suiteRoutes, deps);
  return app;
}
