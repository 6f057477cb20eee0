import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'benchline-cli-'));
const BIN = fileURLToPath(new URL('../bin/benchline.js', import.meta.url));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const level = (n: number, value: number) => Array.from({ length: n }, (_, i) => value * (1 + 0.002 * ((i % 3) - 1)));
const stepped = [...level(20, 100), ...level(20, 120)];

describe('benchline detect', () => {
  it('reads a JSON array and prints the change points as JSON', async () => {
    const result = await run('detect', file('array.json', JSON.stringify(stepped)));
    expect(result.code).toBe(0);
    const { changePoints } = JSON.parse(result.stdout) as { changePoints: Record<string, unknown>[] };
    expect(changePoints).toHaveLength(1);
    expect(changePoints[0]).toMatchObject({
      index: 20,
      before: 100,
      after: 120,
      changePercent: 20,
      kind: 'regression',
    });
  });

  it('reads TCPD JSON and CSV with commits and a header; --direction higher makes a rise an improvement', async () => {
    const tcpd = await run('detect', file('tcpd.json', JSON.stringify({ series: [{ raw: stepped }] })));
    expect(JSON.parse(tcpd.stdout).changePoints[0].index).toBe(20);
    const csv = `commit,value\n${stepped.map((value, i) => `c${i},${value}`).join('\n')}\n`;
    const result = await run('detect', file('series.csv', csv), '--direction', 'higher');
    expect(JSON.parse(result.stdout).changePoints[0]).toMatchObject({ index: 20, commit: 'c20', kind: 'improvement' });
    const plain = await run('detect', file('plain.csv', stepped.join('\n')));
    expect(JSON.parse(plain.stdout).changePoints[0].index).toBe(20);
  });

  it('names the line or JSON path of bad input, exit code 2', async () => {
    const csv = await run('detect', file('bad.csv', 'value\n1\n2\nabc\n'));
    expect(csv).toMatchObject({ code: 2, stdout: '' });
    expect(csv.stderr).toMatch(/line 4: "abc" is not a number/);
    const array = await run('detect', file('bad.json', '[1, 2, "x"]'));
    expect(array.stderr).toMatch(/\$\[2\]: expected a finite number, got "x"/);
    const tcpd = await run('detect', file('bad-tcpd.json', '{"series": [{"raw": [1, null]}]}'));
    expect(tcpd.stderr).toMatch(/\$\.series\[0\]\.raw\[1\]/);
    expect((await run('detect', file('no-raw.json', '{"series": []}'))).stderr).toMatch(/\$\.series\[0\]\.raw/);
    expect((await run('detect', file('broken.json', '[1, 2'))).stderr).toMatch(/invalid JSON/);
    const wide = await run('detect', file('wide.csv', 'a,1,2\n'));
    expect(wide.stderr).toMatch(/line 1: expected "value" or "commit,value"/);
    expect((await run('detect', file('x.csv', '1'), '--direction', 'sideways')).code).toBe(2);
    expect((await run('detect')).code).toBe(2);
  });

  it('exits 1 on an unreadable file', async () => {
    expect((await run('detect', join(dir, 'missing.csv'))).code).toBe(1);
  });
});

describe('benchline', () => {
  it('dispatches parse to @benchline/results and rejects unknown commands', async () => {
    const formats = await run('parse', '--list-formats');
    expect(formats.code).toBe(0);
    expect(formats.stdout).toMatch(/hyperfine/);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run()).code).toBe(2);
  });

  it('runs as the real bin', () => {
    const args = [BIN, 'detect', file('bin.json', JSON.stringify(stepped))];
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).changePoints[0].index).toBe(20);
  });
});
