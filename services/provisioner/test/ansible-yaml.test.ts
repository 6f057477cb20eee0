import { expect, test } from 'vitest';
import { toAnsibleYaml } from '../src/ansible-yaml.ts';

test('every string is tagged !unsafe and escaped like JSON, other scalars stay plain', () => {
  const yaml = toAnsibleYaml({
    ref: "{{ lookup('pipe', 'id') }}",
    argv: [['echo', 'a"b\nc']],
    port: 22,
    packages: [],
    on: true,
    none: null,
  });
  expect(yaml).toBe(
    `{ref: !unsafe "{{ lookup('pipe', 'id') }}", argv: [[!unsafe "echo", !unsafe "a\\"b\\nc"]], port: 22, packages: [], on: true, none: null}\n`,
  );
});

test('keys that are not plain identifiers are refused', () => {
  expect(() => toAnsibleYaml({ 'a: b': 'x' })).toThrow(/cannot be used as a key/);
  expect(() => toAnsibleYaml({ n: Number.NaN })).toThrow(/cannot pass NaN/);
});
