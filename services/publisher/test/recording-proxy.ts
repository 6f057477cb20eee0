import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProxiedRequest {
  path: string;
  body: string;
  receivedAt: number;
  answeredAt?: number;
}

export interface RecordingProxy {
  url: string;
  requests: ProxiedRequest[];
  /** Requests received and not answered yet. */
  active(): number;
  /** The most requests that were ever in flight at once. */
  maxActive(): number;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of a real server that records every request and holds each answer
 * back `delayMs`, so a test can see what a client does while its request is in flight.
 */
export async function startRecordingProxy(target: string, delayMs: number): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  let active = 0;
  let maxActive = 0;
  const server = createServer(async (req, res) => {
    active++;
    maxActive = Math.max(maxActive, active);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: ProxiedRequest = {
      path: req.url ?? '',
      body: Buffer.concat(chunks).toString('utf8'),
      receivedAt: performance.now(),
    };
    requests.push(request);
    const answer = await fetch(new URL(request.path, target), {
      method: req.method,
      body: request.body,
      headers: { 'content-type': req.headers['content-type'] ?? 'text/plain' },
    });
    const text = await answer.text();
    await sleep(delayMs);
    request.answeredAt = performance.now();
    active--;
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    active: () => active,
    maxActive: () => maxActive,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
