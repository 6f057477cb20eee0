import type { BenchmarkResult } from './model.ts';

/** What tells one series from another. */
export interface SeriesKey {
  benchmark: string;
  params: Record<string, string>;
  metric: string;
  unit: string;
}

/**
 * Results in the order added, found by their series key. An open-addressing table of indices
 * (4 bytes a slot, at most half full) is all the index keeps: no key string per result.
 */
export class ResultIndex {
  readonly results: BenchmarkResult[] = [];
  /** Index + 1 of a result, 0 for an empty slot. */
  #slots = new Int32Array(1024);

  find(key: SeriesKey): BenchmarkResult | undefined {
    const found = this.#slots[this.#slotOf(key)]!;
    return found === 0 ? undefined : this.results[found - 1];
  }

  /** Adds a result whose key is not in the index yet. */
  add(result: BenchmarkResult): void {
    this.results.push(result);
    if (this.results.length * 2 > this.#slots.length) this.#grow();
    else this.#slots[this.#slotOf(result)] = this.results.length;
  }

  /** The slot holding the key's result, or the empty slot where it would go. */
  #slotOf(key: SeriesKey): number {
    const mask = this.#slots.length - 1;
    let slot = hashKey(key) & mask;
    for (
      let found = this.#slots[slot]!;
      found !== 0 && !sameKey(this.results[found - 1]!, key);
      found = this.#slots[slot]!
    ) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    this.results.forEach((result, index) => {
      this.#slots[this.#slotOf(result)] = index + 1;
    });
  }
}

function sameKey(result: BenchmarkResult, key: SeriesKey): boolean {
  return (
    result.benchmark === key.benchmark &&
    result.metric === key.metric &&
    result.unit === key.unit &&
    sameParams(result.params, key.params)
  );
}

function sameParams(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  let count = 0;
  for (const name in a) {
    if (!Object.hasOwn(b, name) || a[name] !== b[name]) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the key's strings; params are combined so that their order does not matter. */
function hashKey(key: SeriesKey): number {
  let params = 0;
  for (const name in key.params) params ^= hashText(hashText(FNV_OFFSET, name), key.params[name]!);
  return hashText(hashText(hashText(FNV_OFFSET, key.benchmark), key.metric), key.unit) ^ params;
}

function hashText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  // The length ends each string, so "ab" + "c" and "a" + "bc" differ.
  return Math.imul(h ^ text.length, FNV_PRIME);
}
