import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import { BundleNotFoundError, InvalidCidError, type BundleReader } from './bundle-store.ts';

export interface GatewayOptions {
  reader: BundleReader;
  /** 0 picks a free port. */
  port: number;
  logger: Logger;
}

export interface Gateway {
  /** e.g. `http://127.0.0.1:8081`; a bundle is at `${url}/ipfs/<cid>/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A read-only HTTP view of the store on 127.0.0.1: `GET /ipfs/<cid>` lists a directory as JSON,
 * `GET /ipfs/<cid>/<path>` streams a file.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const server = createServer((request, response) => {
    serve(options.reader, request, response).catch((error: unknown) => {
      options.logger.error({ err: error, url: request.url }, 'gateway request failed');
      if (!response.headersSent) reply(response, 500, { error: 'internal error' });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  options.logger.info({ url }, 'IPFS gateway listening');
  return {
    url,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(reader: BundleReader, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return reply(response, 405, { error: 'read-only: use GET' });
  }
  const target = parseTarget(request.url ?? '/');
  if (!target) return reply(response, 404, { error: 'use /ipfs/<cid> or /ipfs/<cid>/<path>' });
  try {
    const entry = await reader.stat(target.cid, target.path);
    if (entry.type === 'directory') return reply(response, 200, { cid: entry.cid, entries: entry.entries });
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': entry.size,
      'x-content-type-options': 'nosniff',
      etag: `"${entry.cid}"`,
      // Content addressed: the bytes behind a CID never change.
      'cache-control': 'public, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') return void response.end();
    await pipeline(Readable.from(reader.cat(target.cid, target.path)), response);
  } catch (error) {
    if (error instanceof InvalidCidError) return reply(response, 400, { error: error.message });
    if (error instanceof BundleNotFoundError) return reply(response, 404, { error: error.message });
    throw error;
  }
}

/** `/ipfs/<cid>/<a>/<b>` → { cid, path: 'a/b' }; undefined for anything else, including `..` segments. */
function parseTarget(rawUrl: string): { cid: string; path: string | undefined } | undefined {
  const pathname = rawUrl.split('?')[0]!;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments[0] !== 'ipfs' || segments.length < 2) return undefined;
  let decoded: string[];
  try {
    decoded = segments.slice(1).map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  if (decoded.some((segment) => segment === '.' || segment === '..' || segment.includes('/'))) return undefined;
  const [cid, ...path] = decoded;
  return { cid: cid!, path: path.length > 0 ? path.join('/') : undefined };
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
