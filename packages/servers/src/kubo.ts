import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, constants, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isAlive } from './processes.ts';
import { freePort, makeTempDir, startProcess, waitFor } from './server-process.ts';

/** Where scripts/install-kubo.sh builds Kubo (keep the version in step with it). */
const installDir = fileURLToPath(new URL('../../../.tools/kubo/v0.43.0/', import.meta.url));

export interface Kubo {
  /** Base URL of the RPC API, e.g. `http://127.0.0.1:PORT` (its `/api/v0/…` needs the token). */
  readonly apiUrl: string;
  /** Base URL of the read-only HTTP gateway, e.g. `http://127.0.0.1:PORT` (`/ipfs/<cid>/<path>`). */
  readonly gatewayUrl: string;
  /** Bearer token the RPC API requires (`Authorization: Bearer <token>`). */
  readonly token: string;
  /** Stops the daemon and removes its repo. */
  close(): Promise<void>;
}

export interface KuboOptions {
  /** The `ipfs` binary; default: the one scripts/install-kubo.sh builds into `.tools/`. */
  binary?: string;
  /** How long to wait for a build of the default binary that is under way (`npm test` starts one); default 20 min. */
  buildWaitMs?: number;
}

/**
 * A real Kubo daemon that never touches the network: a fresh repo in a temp dir, `--offline`, no
 * bootstrap peers, AutoConf and telemetry off, RPC API and gateway on loopback ports, every RPC
 * call refused without the token.
 */
export async function startKubo(options: KuboOptions = {}): Promise<Kubo> {
  const binary = options.binary ?? (await installedBinary(options.buildWaitMs ?? 20 * 60_000));
  await access(binary, constants.X_OK).catch((error: unknown) => {
    throw new Error(
      `Kubo's ipfs binary is not at ${binary}: build it with scripts/install-kubo.sh (npm test does, its output is in .tools/kubo/install.log)`,
      { cause: error },
    );
  });
  const dir = await makeTempDir('kubo');
  const env = { ...process.env, IPFS_PATH: dir.path, IPFS_TELEMETRY: 'off' };
  const token = randomBytes(24).toString('hex');
  const [apiPort, gatewayPort] = await Promise.all([freePort(), freePort()]);
  try {
    // The `test` profile: loopback addresses, no bootstrap peers, no MDNS, AutoConf and AutoTLS off.
    await promisify(execFile)(binary, ['init', '--profile=test', '--empty-repo'], { env });
    await configure(join(dir.path, 'config'), {
      apiAddress: `/ip4/127.0.0.1/tcp/${apiPort}`,
      gatewayAddress: `/ip4/127.0.0.1/tcp/${gatewayPort}`,
      token,
    });
  } catch (error) {
    await dir.remove();
    throw error;
  }
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const server = startProcess(binary, ['daemon', '--offline'], { env });
  try {
    await waitFor(
      'Kubo',
      async () => {
        // Any answer from the gateway will do: it listens once the daemon is up.
        const [api] = await Promise.all([
          fetch(`${apiUrl}/api/v0/id`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }),
          fetch(gatewayUrl, { method: 'HEAD' }),
        ]);
        return api.ok ? true : undefined;
      },
      server,
      60_000,
    );
  } catch (error) {
    await server.stop();
    await dir.remove();
    throw error;
  }
  return {
    apiUrl,
    gatewayUrl,
    token,
    async close() {
      await server.stop(15_000);
      await dir.remove();
    },
  };
}

interface KuboSettings {
  apiAddress: string;
  gatewayAddress: string;
  token: string;
}

/** Sets the listen addresses and the one RPC user in the repo's config file, before the daemon reads it. */
async function configure(path: string, settings: KuboSettings): Promise<void> {
  const config = JSON.parse(await readFile(path, 'utf8')) as {
    Addresses: Record<string, unknown>;
    API: Record<string, unknown>;
  };
  config.Addresses.API = settings.apiAddress;
  config.Addresses.Gateway = settings.gatewayAddress;
  config.API.Authorizations = {
    benchline: { AuthSecret: `bearer:${settings.token}`, AllowedPaths: ['/api/v0'] },
  };
  await writeFile(path, `${JSON.stringify(config, null, 2)}\n`);
}

/** The binary scripts/install-kubo.sh builds, once the build it may be running (pid in `building`) is over. */
async function installedBinary(waitMs: number): Promise<string> {
  const binary = join(installDir, 'ipfs');
  const deadline = Date.now() + waitMs;
  for (;;) {
    const builder = await readFile(join(installDir, 'building'), 'utf8').then(Number, () => undefined);
    if (builder === undefined || !(await isInstallScript(builder))) return binary;
    if (Date.now() > deadline)
      throw new Error(`scripts/install-kubo.sh (pid ${builder}) is still building ${binary} after ${waitMs} ms`);
    await sleep(1_000);
  }
}

/** Whether `pid` is still a running install-kubo.sh (and not a process that reused the pid of a killed one). */
async function isInstallScript(pid: number): Promise<boolean> {
  const argv = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return isAlive(pid) && argv.split('\0').some((arg) => arg.endsWith('install-kubo.sh'));
}
