import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent, MessageDecodeError, runRequested } from '../src/codec.ts';
import { proto, type RunRequest } from '../src/messages.ts';
import { parseEventSubject } from '../src/subjects.ts';
import { parseConfig } from '../src/config.ts';
import { validateRequest } from '../src/request-validation.ts';

describe('event codec', () => {
  it('round-trips an event', () => {
    const request = proto.RunRequest.create({
      runId: 'r1',
      suite: 's',
      parameters: { size: '10' },
      tags: ['nightly'],
    }) as RunRequest;
    const decoded = decodeEvent('requested', encodeEvent(runRequested(request)));
    expect(decoded.message.request).toMatchObject({
      runId: 'r1',
      suite: 's',
      parameters: { size: '10' },
      tags: ['nightly'],
    });
  });

  it('throws MessageDecodeError for garbage and for a message without request', () => {
    expect(() => decodeEvent('requested', new Uint8Array([0xff, 0xff, 0xff]))).toThrow(MessageDecodeError);
    expect(() => decodeEvent('provisioned', new Uint8Array())).toThrow(/has no request/);
  });

  it('parses only well-formed event subjects', () => {
    expect(parseEventSubject('run.requested.m1.r-1')).toEqual({ stage: 'requested', minion: 'm1', runId: 'r-1' });
    for (const bad of ['run.requested', 'run.bogus.m1.r1', 'run.requested.m1.r1.extra', 'job.requested.m1.r1'])
      expect(parseEventSubject(bad)).toBeUndefined();
  });

  it('generated code is up to date with proto/', async () => {
    const out = await mkdtemp(join(tmpdir(), 'benchline-proto-'));
    await promisify(execFile)('scripts/generate-proto.sh', [], { env: { ...process.env, OUT_DIR: out } });
    for (const file of ['run.js', 'run.d.ts']) {
      expect(await readFile(join(out, file), 'utf8'), `${file} is stale: run scripts/generate-proto.sh`).toBe(
        await readFile(`packages/core/src/generated/${file}`, 'utf8'),
      );
    }
  });
});

describe('validateRequest', () => {
  const config = parseConfig({
    suites: {
      s: {
        repo: '/r',
        parameters: { size: { pattern: '[0-9]+' }, mode: { values: ['fast', 'slow'] } },
        benchmarks: [{ name: 'a', command: ['true'] }],
      },
    },
    minions: { m: { host: 'h', user: 'u', privateKeyFile: '/k', hostKey: 'ssh-ed25519 AAAA', workDir: '/w' } },
  });
  const request = (fields: object) =>
    proto.RunRequest.create({
      runId: 'r1',
      suite: 's',
      minion: 'm',
      requestedAt: '2026-11-25T10:00:00.123Z',
      ...fields,
    }) as RunRequest;

  it('accepts a valid request', () => {
    expect(validateRequest(config, request({ ref: 'feature/x', parameters: { size: '12', mode: 'fast' } }))).toEqual(
      [],
    );
  });

  it('names every problem', () => {
    const problems = validateRequest(
      config,
      request({
        runId: 'a.b',
        minion: 'x',
        benchmarks: ['zz'],
        parameters: { size: '1; rm -rf ~', mode: 'medium', other: '1' },
        ref: '--upload-pack=evil',
        requestedAt: 'yesterday',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('runId "a.b"'),
        expect.stringContaining('unknown minion "x"'),
        expect.stringContaining('no benchmark "zz"'),
        expect.stringContaining('parameter "size" must match'),
        expect.stringContaining('parameter "mode" must be one of fast, slow'),
        expect.stringContaining('declares no parameter "other"'),
        expect.stringContaining('ref "--upload-pack=evil"'),
        expect.stringContaining('requestedAt "yesterday" must be an RFC 3339 time'),
      ]),
    );
  });
});
