import { Ajv } from 'ajv';
import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from './app-deps.ts';
import { apiKeyVerifier, presentedKey } from './auth.ts';
import { handleError } from './error-handler.ts';
import { HttpError, requestPath } from './problem.ts';
import { rateLimitOptions } from './rate-limit.ts';
import { cancelRoutes } from './routes/cancel.ts';
import { changeRoutes } from './routes/changes.ts';
import { compareRoutes } from './routes/compare.ts';
import { environmentChangeRoutes } from './routes/environment-changes.ts';
import { eventRoutes } from './routes/events.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { runRoutes } from './routes/runs.ts';
import { suiteRoutes } from './routes/suites.ts';
import { seriesRoutes } from './routes/series.ts';
import { isPublicRead, WEB_PUBLIC_PATHS, webRoutes } from './routes/web.ts';

declare module 'fastify' {
  interface FastifyRequest {
    apiKeyId: string;
  }
}

const PUBLIC_PATHS = ['/healthz', '/docs', ...WEB_PUBLIC_PATHS];
const KEY_REQUIRED = 'a valid API key is required, as Authorization: Bearer <key> or X-API-Key: <key>';

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
  app.setErrorHandler(handleError);

  await app.register(swagger, {
    openapi: {
      // The route schemas are TypeBox's JSON Schema (`exclusiveMinimum: 0.5`, `type: 'null'`):
      // OpenAPI 3.1's dialect, not 3.0's.
      openapi: '3.1.0',
      info: { title: 'Benchline trigger API', version: '1', description: 'Request benchmark runs and follow them.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: '`Authorization: Bearer <key>`' },
          apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        },
      },
      security: [{ bearer: [] }, { apiKeyHeader: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const keys = apiKeyVerifier(config.http.apiKeys);
  app.decorateRequest('apiKeyId', '');
  app.addHook('onRequest', async (request, reply) => {
    if (PUBLIC_PATHS.some((path) => request.url === path || request.url.startsWith(`${path}/`))) return;
    const presented = presentedKey(request.headers);
    const id = keys.verify(presented);
    if (!id) {
      if (presented === undefined && isPublicRead(config, request)) return;
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError('HTTP_UNAUTHORIZED', KEY_REQUIRED);
    }
    request.apiKeyId = id;
  });
  await app.register(rateLimit, rateLimitOptions(config.http.rateLimit));
  app.setNotFoundHandler(async (request) => {
    throw new HttpError('HTTP_NOT_FOUND', `no route matches ${request.method} ${requestPath(request)}`);
  });

  app.get('/healthz', { schema: { hide: true } }, async (_, reply) => {
    const ok = deps.healthy();
    return reply.code(ok ? 200 : 503).send({ ok });
  });
  await app.register(runRoutes, deps);
  await app.register(suiteRoutes, deps);
  await app.register(changeRoutes, deps);
  await app.register(eventRoutes, deps);
  await app.register(cancelRoutes, deps);
  await app.register(compareRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(seriesRoutes, deps);
  await app.register(environmentChangeRoutes, deps);
  await app.register(webRoutes, deps);
  return app;
}
