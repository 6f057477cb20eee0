import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the processes of this user record the ports they picked: one file per port, holding its pid.
 * One directory per user: a directory another user created first would not be writable.
 */
const CLAIMS_DIR = join(tmpdir(), `benchline-port-claims-${process.getuid?.() ?? 'user'}`);
/**
 * A claim of a process that is gone is taken over only once it is this old: taking one over moves
 * whatever file is at its path aside, and a claim that old cannot be one another process has just
 * made in its place.
 */
export const STALE_CLAIM_MS = 10 * 60_000;

/**
 * Claims `port` for this process among all processes of its user, before it is bound (a server
 * binds its port up to a minute after it was picked, and another copy of the test suite may pick
 * the same one meanwhile). False when a live process holds the claim. Claims are never given back:
 * this process does not hand a port out twice, and its claims lapse when it is gone.
 */
export async function claimPort(port: number): Promise<boolean> {
  await mkdir(CLAIMS_DIR, { recursive: true });
  const file = claimFile(port);
  if (await createClaim(file)) return true;
  if (!(await isStale(file))) return false;
  const aside = `${file}.${process.pid}.stale`;
  try {
    await rename(file, aside);
  } catch {
    return false; // another process took it over first
  }
  await rm(aside, { force: true });
  return createClaim(file);
}

export function claimFile(port: number): string {
  return join(CLAIMS_DIR, String(port));
}

async function createClaim(file: string): Promise<boolean> {
  try {
    await writeFile(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function isStale(file: string): Promise<boolean> {
  try {
    const [owner, { mtimeMs }] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return Date.now() - mtimeMs > STALE_CLAIM_MS && !isRunning(Number(owner));
  } catch {
    return false; // just taken over or being written: not ours to judge
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
