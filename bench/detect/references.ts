import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VENV = fileURLToPath(new URL('../../.tools/detect-references/', import.meta.url));
const PYTHON = `${VENV}bin/python`;
const SCRIPT = fileURLToPath(new URL('./references.py', import.meta.url));

/** The reference implementations: detector name → [PyPI package, method name in references.py]. */
export const REFERENCES = [
  { name: 'ruptures PELT (l2, BIC)', pypi: 'ruptures', method: 'ruptures-pelt' },
  { name: 'ruptures Binseg (l2, BIC)', pypi: 'ruptures', method: 'ruptures-binseg' },
  { name: 'E-divisive (MongoDB)', pypi: 'signal-processing-algorithms', method: 'e-divisive' },
  { name: 'Otava (apache-otava)', pypi: 'apache-otava', method: 'otava' },
] as const;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], input?: string): Promise<Outcome> {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(input ?? '');
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

/**
 * Creates the venv under .tools/ if needed and installs each reference package (pip is a no-op for
 * those already there). Returns, per package, undefined when installed or the reason it is not.
 */
export async function installReferences(): Promise<Map<string, string | undefined>> {
  const status = new Map<string, string | undefined>();
  if (!existsSync(PYTHON)) {
    const created = await run('python3', ['-m', 'venv', VENV]);
    if (created.code !== 0) {
      for (const { pypi } of REFERENCES) status.set(pypi, `no venv: ${lastLine(created.stderr)}`);
      return status;
    }
  }
  for (const pypi of new Set(REFERENCES.map((reference) => reference.pypi))) {
    const installed = await run(PYTHON, ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', pypi]);
    status.set(pypi, installed.code === 0 ? undefined : `pip install failed: ${lastLine(installed.stderr)}`);
  }
  return status;
}

/** Change points of every series by one reference method, or the reason it failed. */
export async function runReference(
  method: string,
  series: readonly (readonly number[])[],
): Promise<number[][] | string> {
  const outcome = await run(PYTHON, [SCRIPT], JSON.stringify({ method, series }));
  if (outcome.code !== 0) return `failed: ${lastLine(outcome.stderr)}`;
  return JSON.parse(outcome.stdout) as number[][];
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}
