import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, parseConfig, type ServiceContext } from '@benchline/core';
import { startNats, type NatsServer } from '@benchline/servers';
import { buildWeb } from '@benchline/web';
import { startTrigger } from '../src/trigger.ts';

const API_KEY = 'test-api-key-0123456789';
const log = pino({ level: 'silent' });

describe("the web view's access rules", () => {
  let nats: NatsServer;
  const opened: { context: ServiceContext; trigger: Awaited<ReturnType<typeof startTrigger>> }[] = [];
  const start = async (web: Record<string, unknown>) => {
    const config = parseConfig({
      nats: { servers: [nats.url] },
      http: { port: 0, apiKeys: [{ id: 'ci', key: API_KEY }] },
      schedules: [],
      web,
      ipfs: { gatewayPort: 8999 },
      suites: { demo: { repo: '/srv/demo.git', benchmarks: [{ name: 'noop', command: ['true'] }] } },
      minions: {
        m1: { host: '127.0.0.1', user: 'bench', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' },
      },
    });
    const context = await openContext(config, 'web-test', log);
    const trigger = await startTrigger(context);
    opened.push({ context, trigger });
    return (path: string, init: RequestInit & { key?: string } = {}) =>
      fetch(`${trigger.url}${path}`, {
        ...init,
        headers: { 'content-type': 'application/json', ...(init.key ? { authorization: `Bearer ${init.key}` } : {}) },
      });
  };

  beforeAll(async () => {
    await buildWeb();
    nats = await startNats();
  });
  afterAll(async () => {
    for (const { context, trigger } of opened) {
      await trigger.stop();
      await context.nc.close();
    }
    await nats?.close();
  });

  it('serves the page, its assets and settings to anyone, and no data without a key (web.public unset)', async () => {
    const api = await start({});
    const page = await api('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'; script-src 'self'.*connect-src 'self'/,
    );
    expect(await (await api('/web/settings')).json()).toEqual({ public: false, gatewayUrl: 'http://127.0.0.1:8999' });
    // The page carries the same settings, so it asks for data at once instead of after a round trip.
    const meta = /<meta name="benchline-settings" content="([^"]*)">/.exec(await page.text())?.[1] ?? '';
    const unescaped = meta.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    expect(JSON.parse(unescaped)).toEqual({ public: false, gatewayUrl: 'http://127.0.0.1:8999' });
    for (const path of [
      '/runs',
      '/runs/abc',
      '/runs/abc/points',
      '/runs/abc/bundle/manifest.json',
      '/changes',
      '/series/history?suite=demo&benchmark=noop',
      '/suites',
    ]) {
      expect((await api(path)).status, path).toBe(401);
    }
    expect((await api('/runs', { key: API_KEY })).status).toBe(200);
  });

  it('with web.public: reads need no key, actions and dead letters still do, and a wrong key is refused', async () => {
    const api = await start({ public: true, gatewayUrl: 'https://ipfs.example.org/' });
    expect(await (await api('/web/settings')).json()).toEqual({ public: true, gatewayUrl: 'https://ipfs.example.org' });
    for (const path of ['/runs', '/changes', '/suites']) expect((await api(path)).status, path).toBe(200);
    expect((await api('/runs/nope')).status).toBe(404);
    expect((await api('/runs', { key: 'wrong-key-0123456789' })).status).toBe(401);
    expect((await api('/runs', { method: 'POST', body: JSON.stringify({ suite: 'demo' }) })).status).toBe(401);
    expect((await api('/runs/abc/cancel', { method: 'POST', body: '{}' })).status).toBe(401);
    expect(
      (await api('/changes/0123456789abcdef', { method: 'PATCH', body: JSON.stringify({ status: 'acknowledged' }) }))
        .status,
    ).toBe(401);
    expect((await api('/notifications/dead-letters')).status).toBe(401);
  });
});
