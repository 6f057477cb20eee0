import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCommandLine, shellQuote } from '../src/ssh/remote-command.ts';

const run = promisify(execFile);

// A program that reports exactly the argv and the HOSTILE variable it received.
const REPORT =
  'process.stdout.write(JSON.stringify({ argv: process.argv.slice(1), env: process.env.HOSTILE ?? null }))';

function hostileValues(pwned: string): string[] {
  return [
    `$(touch ${pwned})`,
    `; touch ${pwned}; rm -rf ~`,
    `\`touch ${pwned}\``,
    `line1\ntouch ${pwned}\n`,
    `it's "quoted" \\ and 'twice'`,
    `' ; touch ${pwned} ; '`,
    '$HOME ${PATH} * ? [a] ~ && || | > /dev/null',
    '',
    '-n',
  ];
}

describe('buildCommandLine', () => {
  for (const shell of ['sh', 'bash']) {
    it(`delivers hostile argv elements and env values literally through ${shell}`, async () => {
      const pwned = `/tmp/pwned-${randomBytes(6).toString('hex')}`;
      for (const value of hostileValues(pwned)) {
        const command = buildCommandLine([process.execPath, '-e', REPORT, '--', value, 'after'], {
          env: { HOSTILE: value },
          cwd: '/',
        });
        const { stdout } = await run(shell, ['-c', command]);
        expect(JSON.parse(stdout)).toEqual({ argv: [value, 'after'], env: value });
      }
      expect(existsSync(pwned)).toBe(false);
    });
  }

  it('runs in the given directory and not at all when it does not exist', async () => {
    const { stdout } = await run('sh', ['-c', buildCommandLine(['pwd'], { cwd: '/usr/lib' })]);
    expect(stdout.trim()).toBe('/usr/lib');
    await expect(
      run('sh', ['-c', buildCommandLine(['echo', 'ran'], { cwd: '/nonexistent-benchline' })]),
    ).rejects.toMatchObject({ stdout: '' });
  });

  it('runs a program whose name starts with a dash instead of taking it as an option', () => {
    expect(buildCommandLine(['-weird'])).toBe("exec env -- '-weird'");
  });

  it('rejects invalid environment names, NUL bytes, "=" in the program and empty commands', () => {
    expect(() => buildCommandLine(['true'], { env: { 'A;touch x': '1' } })).toThrow(
      /invalid environment variable name/,
    );
    expect(() => buildCommandLine(['true'], { env: { '1A': '1' } })).toThrow(/invalid environment variable name/);
    expect(() => buildCommandLine(['echo', 'a\0b'])).toThrow(/NUL/);
    expect(() => buildCommandLine(['A=B'])).toThrow(/cannot contain "="/);
    expect(() => buildCommandLine([])).toThrow(/empty command/);
  });

  it('single-quotes with the POSIX escape for embedded quotes', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('$(x)')).toBe(`'$(x)'`);
  });
});
