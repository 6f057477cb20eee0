export type Direction = 'lower' | 'higher';

/** A rate: something per unit of time (ops/s, MB/s, items/s, req/min, op/ms). */
const PER_TIME = /\/\s*(ns|us|µs|μs|ms|s|secs?|seconds?|mins?|minutes?|h|hours?)$/i;

/**
 * Which way is better for a unit: rates (anything per unit of time) are better higher; time,
 * bytes, allocations, B/op, ns/op and anything unknown are better lower (most benchmark metrics
 * are costs).
 */
export function directionOfUnit(unit: string): Direction {
  const normalised = unit.trim();
  return PER_TIME.test(normalised) || /\bper\s+(second|minute|hour)\b/i.test(normalised) ? 'higher' : 'lower';
}
