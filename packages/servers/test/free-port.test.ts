import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm, utimes } from 'node:fs/promises';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/index.ts';
import { claimFile, claimPort, STALE_CLAIM_MS } from '../src/port-claims.ts';

describe('freePort', () => {
  it('hands out distinct bindable ports below the range the kernel hands out itself', async () => {
    const [ephemeralLow] = (await readFile('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')).trim().split(/\s+/);
    const ports = await Promise.all(Array.from({ length: 50 }, () => freePort()));
    expect(new Set(ports).size).toBe(50);
    for (const port of ports) expect(port).toBeLessThan(Number(ephemeralLow));
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(ports[0], '127.0.0.1', resolve));
    server.close();
  });
});

describe('claimPort', () => {
  // Above the range freePort picks from: these claims never meet a real one.
  const claimed: number[] = [];
  const testPort = () => {
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    claimed.push(port);
    return port;
  };
  afterAll(() => Promise.all(claimed.map((port) => rm(claimFile(port), { force: true }))));
  const claimsModule = new URL('../src/port-claims.ts', import.meta.url).pathname;
  /** Another process claims `port`; it exits at once, or stays until killed. */
  const claimElsewhere = async (port: number, stay: boolean) => {
    const code = `const { claimPort } = await import(${JSON.stringify(claimsModule)}); console.log(await claimPort(${port})); ${stay ? 'setInterval(() => {}, 1000);' : ''}`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [said] = (await once(child.stdout, 'data')) as [Buffer];
    expect(said.toString().trim()).toBe('true');
    return child;
  };
  const age = (port: number, ms: number) => {
    const then = new Date(Date.now() - ms);
    return utimes(claimFile(port), then, then);
  };

  it('gives a port to one process of the machine; a live holder keeps it however old its claim', async () => {
    const port = testPort();
    expect(await claimPort(port)).toBe(true);
    const other = testPort();
    const holder = await claimElsewhere(other, true);
    await age(other, STALE_CLAIM_MS + 60_000);
    expect(await claimPort(other)).toBe(false);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    expect(await claimPort(other)).toBe(true);
  });

  it('takes over the claim of a process that is gone only once it is old', async () => {
    const port = testPort();
    const gone = await claimElsewhere(port, false);
    if (gone.exitCode === null) await once(gone, 'exit');
    expect(await claimPort(port)).toBe(false);
    await age(port, STALE_CLAIM_MS + 60_000);
    expect(await claimPort(port)).toBe(true);
    expect(await readFile(claimFile(port), 'utf8')).toBe(String(process.pid));
  });
});
