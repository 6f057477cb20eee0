/** Keeps the last `maxBytes` of a byte stream: a benchmark's full log when small, its end when huge. */
export class TailBuffer {
  private chunks: Buffer[] = [];
  private kept = 0;
  private dropped = 0;

  constructor(private readonly maxBytes: number) {
    if (!Number.isInteger(maxBytes) || maxBytes < 1)
      throw new Error(`maxBytes must be a positive integer, got ${maxBytes}`);
  }

  get totalBytes(): number {
    return this.kept + this.dropped;
  }

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.kept += chunk.length;
    while (this.kept > this.maxBytes) {
      const first = this.chunks[0]!;
      const excess = this.kept - this.maxBytes;
      if (first.length <= excess) {
        this.chunks.shift();
        this.kept -= first.length;
        this.dropped += first.length;
      } else {
        this.chunks[0] = first.subarray(excess);
        this.kept -= excess;
        this.dropped += excess;
      }
    }
  }

  /** The kept text; starts with a note saying how many bytes were dropped, if any. */
  toString(): string {
    const text = Buffer.concat(this.chunks).toString('utf8');
    return this.dropped === 0
      ? text
      : `[benchline: first ${this.dropped} bytes dropped, last ${this.kept} kept]\n${text}`;
  }
}
