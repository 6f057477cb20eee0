/**
 * Whether two levels (a step at `index`) fit values[from, to) better than one straight line, by
 * least squares. Both models have two parameters, so no penalty is needed. A trend or slow drift,
 * which a piecewise-constant fit turns into a staircase, is fitted better by the line; a real step
 * is not, whatever the drift around it (the line leaves ≥ 1/4 of a mid-window step unexplained).
 */
export function stepBeatsLine(values: ArrayLike<number>, from: number, index: number, to: number): boolean {
  const total = sumOfSquares(values, from, to);
  const stepGain = total - sumOfSquares(values, from, index) - sumOfSquares(values, index, to);
  return stepGain > lineGain(values, from, to);
}

/** Σ (value − mean)² over [from, to). */
function sumOfSquares(values: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i]!;
  const mean = sum / (to - from);
  let squares = 0;
  for (let i = from; i < to; i++) squares += (values[i]! - mean) ** 2;
  return squares;
}

/** How much a least-squares line reduces Σ (value − mean)² over [from, to). */
function lineGain(values: ArrayLike<number>, from: number, to: number): number {
  const centre = (from + to - 1) / 2;
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i]!;
  const mean = sum / (to - from);
  let sxx = 0;
  let sxy = 0;
  for (let i = from; i < to; i++) {
    sxx += (i - centre) ** 2;
    sxy += (i - centre) * (values[i]! - mean);
  }
  return sxx > 0 ? (sxy * sxy) / sxx : 0;
}
