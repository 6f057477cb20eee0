import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

/** What `/healthz` answers: each check's verdict (`ok`, or what is wrong) and whether all passed. */
export interface HealthReport {
  ok: boolean;
  checks: Record<string, string>;
}

export interface HealthServerOptions {
  port: number;
  /** 127.0.0.1 unless given (`BENCHLINE_HEALTH_HOST`). */
  host?: string;
  check(): Promise<HealthReport> | HealthReport;
  /** Served at `/metrics` in Prometheus' text format. */
  metrics?: Registry;
}

/**
 * `GET /healthz` on 127.0.0.1 (or the given host): 200 while every check passes, 503 otherwise,
 * with the checks in the body; `GET /metrics`: the registry's metrics. Compose health checks and
 * Prometheus call it; services without an HTTP API start only this.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const answer = async () => {
      if (path === '/healthz') {
        const report = await options.check();
        response.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' });
        response.end(JSON.stringify(report));
      } else if (path === '/metrics' && options.metrics) {
        const text = await options.metrics.metrics();
        response.writeHead(200, { 'content-type': options.metrics.contentType });
        response.end(text);
      } else {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ok: false }));
      }
    };
    answer().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: false, checks: { health: `the check failed: ${(error as Error).message}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  return server;
}
