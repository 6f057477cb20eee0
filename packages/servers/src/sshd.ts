import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, serverDir, startProcess, waitFor, type ServerProcess } from './server-process.ts';

const run = promisify(execFile);

export interface SshKeyPair {
  readonly privateKeyPath: string;
  /** The public key line, `ssh-ed25519 AAAA... comment`. */
  readonly publicKey: string;
}

export interface Sshd {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** The local user the client logs in as (the user running the tests). */
  readonly user: string;
  /** Client key authorized to log in. */
  readonly clientKey: SshKeyPair;
  /** The server's host public key, `ssh-ed25519 AAAA...` (what a minion config pins). */
  readonly hostKey: string;
  /** A `known_hosts` line for this server. */
  readonly knownHostsLine: string;
  /** Scratch directory owned by the test, removed by close(). */
  readonly dir: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function generateKeyPair(dir: string, name: string): Promise<SshKeyPair> {
  const privateKeyPath = join(dir, name);
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `benchline-${name}`, '-f', privateKeyPath]);
  const publicKey = (await readFile(`${privateKeyPath}.pub`, 'utf8')).trim();
  return { privateKeyPath, publicKey };
}

export interface SshdOptions {
  /** Keep keys and config here (reusing existing keys) instead of in a temp dir that close() removes. */
  dir?: string;
  /** Default: a random free port. */
  port?: number;
  /**
   * Sessions source the user's `~/.bashrc`, as any SSH login on this host does: `npm start`'s local
   * minion, whose benchmarks may need what it sets up. Off by default, as on a dedicated benchmark
   * host whose user has a stock `~/.bashrc`: sessions get SHLVL=1 (sshd `SetEnv`), so Debian's bash,
   * which sources `~/.bashrc` for every command it runs for sshd as a top-level shell, does not.
   * Test minions share the host user's home, and its shell start-up (pyenv, nvm…) must neither add
   * to measured times nor stall them: pyenv's rehash waits 60 s at every login on a lock that a
   * killed session left behind.
   */
  userBashrc?: boolean;
  /**
   * Who logs in: an existing user (see createSystemUser) rather than the one running the tests. The
   * authorized keys file is then made readable to it (sshd reads it as the user logging in).
   */
  user?: string;
}

/** The key pair at `dir/name`, generated only if it does not exist yet. */
async function ensureKeyPair(dir: string, name: string): Promise<SshKeyPair> {
  const privateKeyPath = join(dir, name);
  try {
    return { privateKeyPath, publicKey: (await readFile(`${privateKeyPath}.pub`, 'utf8')).trim() };
  } catch {
    return generateKeyPair(dir, name);
  }
}

/** A real OpenSSH `sshd` on a loopback port with its own host key: a minion for tests and local mode. */
export async function startSshd(options: SshdOptions = {}): Promise<Sshd> {
  const dir = await serverDir('sshd', options.dir);
  const port = options.port ?? (await freePort());
  const hostKeyPair = await ensureKeyPair(dir.path, 'host_ed25519');
  const clientKey = await ensureKeyPair(dir.path, 'client_ed25519');
  const authorizedKeys = join(dir.path, 'authorized_keys');
  await writeFile(authorizedKeys, `${clientKey.publicKey}\n`, { mode: options.user ? 0o644 : 0o600 });
  // Traversable, not readable: the keys in it stay 0600.
  if (options.user) await chmod(dir.path, 0o711);
  const configPath = join(dir.path, 'sshd_config');
  await writeFile(
    configPath,
    [
      'ListenAddress 127.0.0.1',
      `Port ${port}`,
      `HostKey ${hostKeyPair.privateKeyPath}`,
      `AuthorizedKeysFile ${authorizedKeys}`,
      `PidFile ${join(dir.path, 'sshd.pid')}`,
      'UsePAM no',
      'StrictModes no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'MaxStartups 100:30:200',
      'MaxSessions 100',
      'Subsystem sftp internal-sftp',
      ...(options.userBashrc ? [] : ['SetEnv SHLVL=1']),
      '',
    ].join('\n'),
  );
  await mkdir('/run/sshd', { recursive: true });

  let server: ServerProcess;
  const launch = async () => {
    server = startProcess('/usr/sbin/sshd', ['-D', '-e', '-f', configPath]);
    await waitFor(
      'sshd',
      () =>
        new Promise<true | undefined>((resolve) => {
          const socket = connect(port, '127.0.0.1');
          socket.once('data', () => {
            socket.destroy();
            resolve(true);
          });
          socket.once('error', () => resolve(undefined));
        }),
      server,
    );
  };
  await launch();

  const [keyType, keyBlob] = hostKeyPair.publicKey.split(' ');
  const hostKey = `${keyType} ${keyBlob}`;
  return {
    host: '127.0.0.1',
    port,
    user: options.user ?? userInfo().username,
    clientKey,
    hostKey,
    knownHostsLine: `[127.0.0.1]:${port} ${hostKey}`,
    dir: dir.path,
    stop: () => server.stop(),
    restart: async () => {
      await server.stop();
      await launch();
    },
    close: async () => {
      await server.stop();
      await dir.remove();
    },
  };
}
