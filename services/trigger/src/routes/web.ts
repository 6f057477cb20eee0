import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getRun, type BenchlineConfig } from '@benchline/core';
import { WEB_DIST_DIR } from '@benchline/web';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { HttpError, requestPath } from '../problem.ts';
import { problemResponses, WebSettings } from '../schemas.ts';

/**
 * Paths anyone may fetch: the page and its assets hold no data (every datum comes from the API,
 * which asks for the key), and the settings say only whether reads are public and where the
 * IPFS gateway is.
 */
export const WEB_PUBLIC_PATHS = ['/', '/assets', '/web/settings', '/favicon.ico'];

/** The reads the web view makes, which `web.public: true` opens to requests without a key (actions never). */
const PUBLIC_READS = [
  /^\/runs$/,
  /^\/runs\/[A-Za-z0-9_-]{1,64}$/,
  /^\/runs\/[A-Za-z0-9_-]{1,64}\/(events|points)$/,
  /^\/runs\/[A-Za-z0-9_-]{1,64}\/bundle\/.+$/,
  /^\/changes$/,
  /^\/changes\/[0-9a-f]{16}$/,
  /^\/compare$/,
  /^\/series\/history$/,
  /^\/suites$/,
];

/** With `web.public`, may this request (made without a key) read? */
export function isPublicRead(config: BenchlineConfig, request: FastifyRequest): boolean {
  if (!config.web.public || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  const path = requestPath(request);
  return PUBLIC_READS.some((pattern) => pattern.test(path));
}

/**
 * Strict: only the page's own script and stylesheet, data only from this origin (the API), no
 * inline script or style element, no framing. Archived files open through plain links to the
 * gateway, which CSP does not govern.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Largest archived file the trigger relays to the page (logs, manifests); the gateway link has the whole file. */
const MAX_RELAYED_BYTES = 2 * 1024 * 1024;

const securityHeaders = (reply: FastifyReply) =>
  reply
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cross-origin-opener-policy', 'same-origin');

/**
 * The page with the settings written into a meta element (no script: the CSP forbids inline ones),
 * so that it asks for its data at once instead of first asking for GET /web/settings.
 */
function withSettings(html: string, settings: object): string {
  const content = JSON.stringify(settings).replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
  return html.replace('</head>', `<meta name="benchline-settings" content="${content}">\n</head>`);
}

/** The gateway the web view links archived files to: `web.gatewayUrl`, else local mode's embedded node. */
export function gatewayUrlOf(config: BenchlineConfig): string | undefined {
  if (config.web.gatewayUrl) return config.web.gatewayUrl.replace(/\/+$/, '');
  return config.ipfs.gatewayPort ? `http://127.0.0.1:${config.ipfs.gatewayPort}` : undefined;
}

/**
 * GET / (the page), /assets/* (its script and styles, content-hashed: cached for a year),
 * /web/settings, and /runs/:id/bundle/<path>: a run's archived text file relayed from the IPFS
 * gateway, for the page, whose Content-Security-Policy lets it fetch only from this origin.
 */
export const webRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, runs }) => {
  const files = new Map<string, Promise<Buffer>>();
  const asset = (name: string) => {
    let file = files.get(name);
    if (!file) {
      file = readFile(join(WEB_DIST_DIR, name));
      files.set(name, file);
      file.catch(() => files.delete(name));
    }
    return file;
  };
  const gatewayUrl = gatewayUrlOf(config);
  const settings = { public: config.web.public, ...(gatewayUrl ? { gatewayUrl } : {}) };

  app.get('/', { schema: { hide: true } }, async (_, reply) => {
    let page: Buffer;
    try {
      page = await asset('index.html');
    } catch {
      throw new HttpError(
        'HTTP_UNAVAILABLE',
        'the web view is not built: run `npm run web:build` (npm start and npm test do it)',
      );
    }
    // Revalidated every time: it names the current assets.
    return securityHeaders(reply)
      .type(TYPES['.html']!)
      .header('cache-control', 'no-cache')
      .send(withSettings(page.toString('utf8'), settings));
  });

  app.get(
    '/assets/:name',
    {
      schema: { hide: true, params: Type.Object({ name: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,128}$' }) }) },
    },
    async (request, reply) => {
      const { name } = request.params;
      let body: Buffer;
      try {
        body = await asset(join('assets', name));
      } catch {
        throw new HttpError('HTTP_NOT_FOUND', `no asset ${name}`);
      }
      return securityHeaders(reply)
        .type(TYPES[extname(name)] ?? 'application/octet-stream')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(body);
    },
  );

  // Browsers ask for it whatever the page says: nothing, rather than a 401 in the console.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_, reply) =>
    reply.code(204).header('cache-control', 'public, max-age=86400').send(),
  );

  app.get(
    '/web/settings',
    {
      schema: {
        summary:
          'What the web view needs before it has a key: whether reads are public, where the IPFS gateway is (the page carries the same in its `benchline-settings` meta element)',
        response: { 200: WebSettings },
      },
    },
    async (_, reply) => reply.header('cache-control', 'no-cache').send(settings),
  );

  app.get(
    '/runs/:id/bundle/*',
    {
      schema: {
        summary:
          "A text file of a run's archived bundle (manifest.json, logs), relayed from the IPFS gateway; at most 2 MiB",
        params: Type.Object({
          id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }),
          '*': Type.String({ minLength: 1, maxLength: 1024 }),
        }),
        response: {
          200: {
            description: 'The file as text (Benchline-Truncated: true when cut at 2 MiB)',
            content: { 'text/plain': { schema: Type.String() } },
          },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { id, '*': path } = request.params;
      const segments = path.split('/');
      if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
        throw new HttpError('HTTP_BAD_REQUEST', 'the path must name a file in the bundle', [
          { field: 'params.*', message: 'not a bundle path' },
        ]);
      }
      const state = await getRun(runs, id);
      if (!state) throw new HttpError('HTTP_NOT_FOUND', `no run ${id}`);
      if (!state.cid) throw new HttpError('HTTP_NOT_FOUND', `run ${id} has no archived bundle (yet)`);
      if (!gatewayUrl) throw new HttpError('HTTP_UNAVAILABLE', 'no IPFS gateway is configured (web.gatewayUrl)');
      const response = await fetch(`${gatewayUrl}/ipfs/${state.cid}/${segments.map(encodeURIComponent).join('/')}`, {
        signal: AbortSignal.timeout(15_000),
      }).catch((error: unknown) => {
        request.log.warn({ err: error }, 'the IPFS gateway did not answer');
        throw new HttpError('HTTP_UNAVAILABLE', 'the IPFS gateway did not answer');
      });
      if (response.status === 404) throw new HttpError('HTTP_NOT_FOUND', `no file ${path} in bundle ${state.cid}`);
      if (!response.ok || !response.body)
        throw new HttpError('HTTP_UNAVAILABLE', `the IPFS gateway answered ${response.status}`);
      const chunks: Uint8Array[] = [];
      let size = 0;
      let truncated = false;
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > MAX_RELAYED_BYTES) {
          truncated = true;
          break;
        }
      }
      const body = Buffer.concat(chunks).subarray(0, MAX_RELAYED_BYTES);
      // Content-addressed: the bytes behind a CID never change; private, since reading may need a key.
      return reply
        .type('text/plain; charset=utf-8')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('benchline-truncated', String(truncated))
        .send(body.toString('utf8'));
    },
  );
};
