import { NOISE_MODELS, SyntheticGenerator, type SyntheticSeries } from './synthetic.ts';

export interface SyntheticSets {
  /** 1–3 steps of 1–20 % per series, every noise model. */
  steps: SyntheticSeries[];
  /** No change at all, every noise model. */
  changeFree: SyntheticSeries[];
  /** The delay target's case: Gaussian noise with CoV 1 %, one sustained 5 % step. */
  delay: SyntheticSeries[];
}

/** `perModel` series of each noise model with steps, as many change-free, and 2 × perModel for delay. */
export function syntheticSets(perModel: number, seed = 20261126): SyntheticSets {
  const generator = new SyntheticGenerator(seed);
  const steps: SyntheticSeries[] = [];
  const changeFree: SyntheticSeries[] = [];
  for (const noise of NOISE_MODELS) {
    for (let i = 0; i < perModel; i++) steps.push(generator.series(noise, 1 + (i % 3)));
    for (let i = 0; i < perModel; i++) changeFree.push(generator.series(noise, 0));
  }
  const delay = Array.from({ length: 2 * perModel }, () =>
    generator.series('gaussian', 1, { coefficientOfVariation: 0.01, stepPercent: 5 }),
  );
  return { steps, changeFree, delay };
}
