import { createServer, type Server } from 'node:http';

/**
 * `GET /healthz` on 127.0.0.1 (or the given host): 200 while `healthy()` is true, 503 otherwise.
 * Compose health checks call it; services without an HTTP API start only this.
 */
export async function startHealthServer(port: number, healthy: () => boolean, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((request, response) => {
    const ok = request.url === '/healthz' && healthy();
    response.writeHead(request.url === '/healthz' ? (ok ? 200 : 503) : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok }));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
