import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.ts';

const root = join(import.meta.dirname, '../../..');

/** The codes in the first column of docs/errors.md's tables. */
function documentedCodes(): string[] {
  const text = readFileSync(join(root, 'docs/errors.md'), 'utf8');
  return [...text.matchAll(/^\| `([A-Z][A-Z_]+)` \|/gm)].map((match) => match[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every code a coded error is created with, or a failure is published with, anywhere in the source. */
function codesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const dirs = ['packages', 'services'].flatMap((top) =>
    readdirSync(join(root, top)).map((name) => join(root, top, name, 'src')),
  );
  const patterns = [/(?:Error|super)\(\s*'([A-Z][A-Z_]+)'/g, /\bcode: '([A-Z][A-Z_]+)'/g];
  for (const file of dirs.flatMap((dir) => {
    try {
      return sourceFiles(dir);
    } catch {
      return [];
    }
  })) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.set(match[1]!, file);
  }
  return found;
}

describe('error codes', () => {
  it('documents every code of the registry in docs/errors.md, once, and nothing else', () => {
    const documented = documentedCodes();
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('finds every code thrown or published in the source in the registry', () => {
    const found = codesInSource();
    expect(found.size).toBeGreaterThan(5);
    const unknown = [...found].filter(([code]) => !(code in ERROR_CODES)).map(([code, file]) => `${code} in ${file}`);
    expect(unknown).toEqual([]);
  });
});
