/**
 * Shocks to a local linear trend (Harvey 1989; Durbin & Koopman 2012, §3.2 and §4.5):
 *
 *   y[t] = μ[t] + ε[t],   μ[t+1] = μ[t] + ν[t] + η[t],   ν[t+1] = ν[t] + ζ[t]
 *
 * ε is white noise of a known variance (the series' robust noise estimate); the level and slope
 * disturbances η, ζ get the variances that maximise the likelihood. Such a trend bends as smoothly
 * as the series itself says its trend bends (business cycles, growth that slows), so what it cannot
 * follow is abrupt: a shock to the level and/or the slope.
 *
 * The test for a shock between t−1 and t is de Jong & Penzer's (1998, "Diagnosing shocks in time
 * series"): r' N⁻¹ r, with r and N the disturbance smoother's cumulants at t−1, is χ² with 2
 * degrees of freedom under "no shock there", whatever the variances. Shocks are freed in the
 * model once found (a diffuse level and slope from there on) and the variances fitted again, so that
 * a large shock, absorbed into inflated variances, does not hide the next (masking).
 *
 * Its limit: a trend that bends fast (cycles a few dozen points long) is flexible enough to follow
 * a step too, so a step on such a trend is not a shock.
 */

/** log10 of the disturbance variances, in units of the noise variance, that the fit searches. */
const LOG_VARIANCE_LOW = -8;
const LOG_VARIANCE_HIGH = 8;
/** Prior variance of a free level or slope (the start, and after a shock), in units of the noise variance. */
const DIFFUSE = 1e7;

interface Variances {
  level: number;
  slope: number;
}

/**
 * Indices (the first point after each) of the shocks whose statistic exceeds `threshold`. Each round
 * fits the variances, then frees every shock beyond the threshold that is the largest within
 * `separation` points (one event, one shock); the next round fits again without them. Stops once no
 * shock is left beyond the threshold, or once `enough` says the shocks found so far suffice.
 */
export function trendShocks(
  values: ArrayLike<number>,
  noiseVariance: number,
  { threshold, separation, enough }: ShockSearch,
): number[] {
  const n = values.length;
  const shocks: number[] = [];
  if (n < 4 || !(noiseVariance > 0)) return shocks;
  const scale = Math.sqrt(noiseVariance);
  const y = Float64Array.from({ length: n }, (_, i) => (values[i]! - values[0]!) / scale);
  const freed = new Uint8Array(n);
  while (!enough(shocks)) {
    const statistics = shockStatistics(y, maximumLikelihood(y, freed), freed);
    const found = localMaxima(statistics, threshold, separation);
    if (found.length === 0) break;
    for (const index of found) freed[index] = 1;
    shocks.push(...found);
  }
  return shocks.sort((a, b) => a - b);
}

export interface ShockSearch {
  /** χ² (2 degrees of freedom) a shock must exceed. */
  threshold: number;
  /** Shocks closer than this are one event. */
  separation: number;
  /** Whether the shocks found so far answer the caller's question (the search then stops). */
  enough: (shocks: readonly number[]) => boolean;
}

/** Indices whose statistic exceeds the threshold and is the largest within `separation` (the first of equals). */
function localMaxima(statistics: Float64Array, threshold: number, separation: number): number[] {
  const maxima: number[] = [];
  for (let t = 1; t < statistics.length; t++) {
    const value = statistics[t]!;
    if (!(value > threshold)) continue;
    const from = Math.max(1, t - separation);
    const to = Math.min(statistics.length - 1, t + separation);
    let largest = true;
    for (let j = from; j <= to && largest; j++) {
      largest = !(statistics[j]! > value || (statistics[j] === value && j < t));
    }
    if (largest) maxima.push(t);
  }
  return maxima;
}

/**
 * One pass of the Kalman filter with unit noise variance; `step` sees each innovation v, its
 * variance f and the gains k0 (level), k1 (slope). freed[t] makes the level and slope entering t
 * diffuse, as at the start.
 */
function runFilter(
  y: Float64Array,
  variances: Variances,
  freed: Uint8Array,
  step: (t: number, v: number, f: number, k0: number, k1: number) => void,
): void {
  let level = y[0]!;
  let slope = 0;
  let p00 = DIFFUSE;
  let p01 = 0;
  let p11 = DIFFUSE;
  for (let t = 0; t < y.length; t++) {
    if (freed[t]) {
      p00 += DIFFUSE;
      p11 += DIFFUSE;
    }
    const v = y[t]! - level;
    const f = p00 + 1;
    const k0 = (p00 + p01) / f;
    const k1 = p01 / f;
    step(t, v, f, k0, k1);
    level += slope + k0 * v;
    slope += k1 * v;
    // P ← T P L' + Q, with T = [[1, 1], [0, 1]] and L = T − K [1, 0].
    const tp00 = p00 + p01;
    const tp01 = p01 + p11;
    const next00 = tp00 * (1 - k0) + tp01 + variances.level;
    const next01 = tp01 - tp00 * k1;
    p11 = p11 - p01 * k1 + variances.slope;
    p00 = next00;
    p01 = next01;
  }
}

/** Log-likelihood, leaving out the two points after the start and after each freed index (diffuse). */
function logLikelihood(y: Float64Array, variances: Variances, freed: Uint8Array): number {
  let sum = 0;
  runFilter(y, variances, freed, (t, v, f) => {
    if (t >= 2 && !freed[t] && !freed[t - 1]) sum -= 0.5 * (Math.log(f) + (v * v) / f);
  });
  return sum;
}

/** For each t in 1..n−1 the χ² statistic of a shock between t−1 and t; 0 where freed. */
function shockStatistics(y: Float64Array, variances: Variances, freed: Uint8Array): Float64Array {
  const n = y.length;
  const innovations = new Float64Array(n);
  const innovationVariances = new Float64Array(n);
  const levelGains = new Float64Array(n);
  const slopeGains = new Float64Array(n);
  runFilter(y, variances, freed, (t, v, f, k0, k1) => {
    innovations[t] = v;
    innovationVariances[t] = f;
    levelGains[t] = k0;
    slopeGains[t] = k1;
  });
  const statistics = new Float64Array(n);
  // Backwards: r[t−1] = Z'v/F + L' r[t], N[t−1] = Z'Z/F + L' N L, with L = [[1 − k0, 1], [−k1, 1]].
  let r0 = 0;
  let r1 = 0;
  let n00 = 0;
  let n01 = 0;
  let n11 = 0;
  for (let t = n - 1; t >= 0; t--) {
    // Here r and N are those of the disturbances between t and t + 1.
    if (t + 1 < n && !freed[t + 1]) statistics[t + 1] = quadraticForm(r0, r1, n00, n01, n11);
    const k0 = levelGains[t]!;
    const k1 = slopeGains[t]!;
    const f = innovationVariances[t]!;
    const nextR0 = innovations[t]! / f + (1 - k0) * r0 - k1 * r1;
    const nextR1 = r0 + r1;
    const nl00 = n00 * (1 - k0) - n01 * k1;
    const nl01 = n00 + n01;
    const nl10 = n01 * (1 - k0) - n11 * k1;
    const nl11 = n01 + n11;
    n00 = (1 - k0) * nl00 - k1 * nl10 + 1 / f;
    n01 = (1 - k0) * nl01 - k1 * nl11;
    n11 = nl01 + nl11;
    r0 = nextR0;
    r1 = nextR1;
  }
  return statistics;
}

/** r' N⁻¹ r for a 2-vector r and a symmetric 2×2 N; the larger one-dimensional form where N is singular. */
function quadraticForm(r0: number, r1: number, n00: number, n01: number, n11: number): number {
  const determinant = n00 * n11 - n01 * n01;
  if (determinant > 1e-12 * n00 * n11) return (r0 * r0 * n11 - 2 * r0 * r1 * n01 + r1 * r1 * n00) / determinant;
  return Math.max(n00 > 0 ? (r0 * r0) / n00 : 0, n11 > 0 ? (r1 * r1) / n11 : 0);
}

/**
 * The level and slope variances of largest likelihood, searched on log10 scales: a grid of whole
 * decades two apart, then a pattern search that halves its step down to 1/8 decade. A variance at
 * the bottom of the range is 0 (no such disturbance).
 */
function maximumLikelihood(y: Float64Array, freed: Uint8Array): Variances {
  const fromLog = (log: number) => (log <= LOG_VARIANCE_LOW ? 0 : 10 ** log);
  const clamp = (log: number) => Math.min(LOG_VARIANCE_HIGH, Math.max(LOG_VARIANCE_LOW, log));
  const evaluate = (u: number, v: number) => ({
    u,
    v,
    value: logLikelihood(y, { level: fromLog(u), slope: fromLog(v) }, freed),
  });
  let best = evaluate(LOG_VARIANCE_LOW, LOG_VARIANCE_LOW);
  for (let u = LOG_VARIANCE_LOW; u <= LOG_VARIANCE_HIGH; u += 2) {
    for (let v = LOG_VARIANCE_LOW; v <= LOG_VARIANCE_HIGH; v += 2) {
      const candidate = evaluate(u, v);
      if (candidate.value > best.value) best = candidate;
    }
  }
  for (let step = 1; step >= 0.125; step /= 2) {
    const centre = best;
    for (const du of [-step, 0, step]) {
      for (const dv of [-step, 0, step]) {
        if (du === 0 && dv === 0) continue;
        const candidate = evaluate(clamp(centre.u + du), clamp(centre.v + dv));
        if (candidate.value > best.value) best = candidate;
      }
    }
  }
  return { level: fromLog(best.u), slope: fromLog(best.v) };
}
