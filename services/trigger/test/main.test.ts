import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeTempDir, startNats, waitFor, type NatsServer } from '@benchline/servers';

describe('trigger main', () => {
  let nats: NatsServer;
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    nats = await startNats();
    dir = await makeTempDir('trigger-main');
  });
  afterAll(async () => {
    await nats?.close();
    await dir?.remove();
  });

  it('starts from a config file (the start script’s command) and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const configPath = join(dir.path, 'benchline.yaml');
    await writeFile(
      configPath,
      `nats:\n  servers: ["${nats.url}"]\nhttp:\n  port: ${port}\n  apiKeys: [{ id: ci, key: "\${CI_KEY}" }]\nschedules: []\n`,
    );
    const child = spawn('node', ['--import', 'tsx', 'services/trigger/src/main.ts', configPath], {
      env: { ...process.env, CI_KEY: 'ci-key-0123456789abcdef' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: false,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const server = { child, output: () => output, stop: async () => undefined, kill: async () => undefined };
    await waitFor(
      'trigger',
      async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined),
      server,
      60_000,
    );
    expect(
      (await fetch(`http://127.0.0.1:${port}/runs`, { headers: { authorization: 'Bearer ci-key-0123456789abcdef' } }))
        .status,
    ).toBe(200);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output).toContain('trigger stopped');
    expect(output).not.toContain('ci-key-0123456789abcdef');
  }, 90_000);
});
