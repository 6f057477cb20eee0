/**
 * Least-squares fits of any slice values[from, to) in O(1), from cumulative sums: a constant (the
 * mean) or a straight line. Indices are centred on the slice before squaring, so sums stay exact
 * enough for series of many thousand points.
 */
export class SegmentFits {
  /** Cumulative Σ value, Σ value², Σ i, Σ i², Σ i·value (entry k covers [0, k)). */
  readonly sum: Float64Array;
  readonly squares: Float64Array;
  readonly indexSum: Float64Array;
  readonly indexSquares: Float64Array;
  readonly cross: Float64Array;

  constructor(values: ArrayLike<number>) {
    const n = values.length;
    this.sum = new Float64Array(n + 1);
    this.squares = new Float64Array(n + 1);
    this.indexSum = new Float64Array(n + 1);
    this.indexSquares = new Float64Array(n + 1);
    this.cross = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const value = values[i]!;
      this.sum[i + 1] = this.sum[i]! + value;
      this.squares[i + 1] = this.squares[i]! + value * value;
      this.indexSum[i + 1] = this.indexSum[i]! + i;
      this.indexSquares[i + 1] = this.indexSquares[i]! + i * i;
      this.cross[i + 1] = this.cross[i]! + i * value;
    }
  }

  /** Σ (value − mean)² over [from, to). */
  flatError(from: number, to: number): number {
    const sum = this.sum[to]! - this.sum[from]!;
    return Math.max(0, this.squares[to]! - this.squares[from]! - (sum * sum) / (to - from));
  }

  /** Σ (value − least-squares line)² over [from, to). */
  lineError(from: number, to: number): number {
    const m = to - from;
    const sum = this.sum[to]! - this.sum[from]!;
    const indexSum = this.indexSum[to]! - this.indexSum[from]!;
    const sxx = this.indexSquares[to]! - this.indexSquares[from]! - (indexSum * indexSum) / m;
    const syy = this.squares[to]! - this.squares[from]! - (sum * sum) / m;
    const sxy = this.cross[to]! - this.cross[from]! - (indexSum * sum) / m;
    return Math.max(0, sxx > 0 ? syy - (sxy * sxy) / sxx : syy);
  }

  /** The least-squares line of [from, to) as a function of the index. */
  line(from: number, to: number): (index: number) => number {
    const m = to - from;
    const { sxx, sxy } = this.moments(from, to);
    const centre = (this.indexSum[to]! - this.indexSum[from]!) / m;
    const mean = (this.sum[to]! - this.sum[from]!) / m;
    const slope = sxx > 0 ? sxy / sxx : 0;
    return (index) => mean + slope * (index - centre);
  }

  private moments(from: number, to: number) {
    const m = to - from;
    const sum = this.sum[to]! - this.sum[from]!;
    const indexSum = this.indexSum[to]! - this.indexSum[from]!;
    return {
      sxx: this.indexSquares[to]! - this.indexSquares[from]! - (indexSum * indexSum) / m,
      syy: this.squares[to]! - this.squares[from]! - (sum * sum) / m,
      sxy: this.cross[to]! - this.cross[from]! - (indexSum * sum) / m,
    };
  }
}
