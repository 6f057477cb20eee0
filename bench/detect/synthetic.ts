import { seededRandom } from './random.ts';

export const NOISE_MODELS = ['gaussian', 'lognormal', 'bimodal', 'outliers', 'ar1', 'drift'] as const;
export type NoiseModel = (typeof NOISE_MODELS)[number];

export interface SyntheticSeries {
  noise: NoiseModel;
  values: number[];
  /** Index of the first point of each new level. */
  changes: number[];
  /** Each step's size in percent of the level before it. */
  stepPercents: number[];
}

export const SERIES_LENGTH = 500;
const STEP_PERCENTS = [1, 2, 3, 5, 10, 20];
/** Steps at least this far from each other and from the ends. */
const STEP_SPACING = 40;

/**
 * Benchmark-like series, reproducible from a seed. Noise, relative to the level, with a
 * coefficient of variation log-uniform in 0.5–5 %: Gaussian; log-normal (standardised
 * lognormal(0, 1), skewness 6); bimodal (30 % of runs in a second mode 4 CoV above); Gaussian
 * with 1 % outliers of 3–10 × the value; AR(1) with ρ = 0.5; Gaussian on a slow linear drift of
 * 1–3 % over the series, up or down. Steps of 1–20 %, up or down, multiply the level.
 */
export class SyntheticGenerator {
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  /** One series with `steps` steps of random size (or `stepPercent`, signed at random). */
  series(noise: NoiseModel, steps: number, options: { coefficientOfVariation?: number; stepPercent?: number } = {}) {
    const cov = options.coefficientOfVariation ?? 0.005 * 10 ** this.random();
    const changes = this.stepPositions(steps);
    const stepPercents = changes.map(
      () =>
        (this.random() < 0.5 ? -1 : 1) *
        (options.stepPercent ?? STEP_PERCENTS[Math.floor(this.random() * STEP_PERCENTS.length)]!),
    );
    const base = 10 ** (6 * this.random());
    const drift = noise === 'drift' ? (this.random() < 0.5 ? -1 : 1) * (0.01 + 0.02 * this.random()) : 0;
    let level = base;
    let ar = this.gaussian();
    const values: number[] = [];
    for (let i = 0; i < SERIES_LENGTH; i++) {
      const step = changes.indexOf(i);
      if (step >= 0) level *= 1 + stepPercents[step]! / 100;
      ar = 0.5 * ar + Math.sqrt(0.75) * this.gaussian();
      values.push(level * (1 + (drift * i) / SERIES_LENGTH) * this.noiseFactor(noise, cov, ar));
    }
    return { noise, values, changes, stepPercents } satisfies SyntheticSeries;
  }

  private noiseFactor(noise: NoiseModel, cov: number, ar: number): number {
    switch (noise) {
      case 'gaussian':
      case 'drift':
        return 1 + cov * this.gaussian();
      case 'lognormal':
        return 1 + (cov * (Math.exp(this.gaussian()) - Math.exp(0.5))) / Math.sqrt((Math.E - 1) * Math.E);
      case 'bimodal':
        return 1 + cov * this.gaussian() + (this.random() < 0.3 ? 4 * cov : 0);
      case 'outliers':
        return (1 + cov * this.gaussian()) * (this.random() < 0.01 ? 3 + 7 * this.random() : 1);
      case 'ar1':
        return 1 + cov * ar;
    }
  }

  private stepPositions(steps: number): number[] {
    for (;;) {
      const positions = Array.from(
        { length: steps },
        () => STEP_SPACING + Math.floor(this.random() * (SERIES_LENGTH - 2 * STEP_SPACING)),
      ).sort((a, b) => a - b);
      if (positions.every((position, k) => k === 0 || position - positions[k - 1]! >= STEP_SPACING)) return positions;
    }
  }

  private gaussian(): number {
    const u = 1 - this.random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.random());
  }
}
