import { METRIC } from './model.ts';
import { scaleDecimal } from './numbers.ts';

const TIME_UNITS = new Set(['ps', 'ns', 'us', 'µs', 'μs', 'ms', 's', 'min', 'h']);

function isTimeUnit(unit: string): boolean {
  return TIME_UNITS.has(unit);
}

/**
 * The canonical metric of a tool's unit: a time per operation is latency, anything per
 * time unit is throughput, B/op and allocs/op are the memory metrics; otherwise undefined.
 */
export function metricOfUnit(unit: string): string | undefined {
  if (!unit.includes('/')) return isTimeUnit(unit) ? METRIC.latency : undefined;
  const [num, den] = unit.split('/', 2) as [string, string];
  if (isTimeUnit(num) && den === 'op') return METRIC.latency;
  if (isTimeUnit(den)) return METRIC.throughput;
  if (unit === 'B/op') return METRIC.bytesPerOp;
  if (unit === 'allocs/op') return METRIC.allocsPerOp;
  return undefined;
}

/** "ns/op" → "ns": a latency is reported in its time unit. */
export function latencyUnit(unit: string): string {
  return unit.endsWith('/op') && isTimeUnit(unit.slice(0, -3)) ? unit.slice(0, -3) : unit;
}

const NANOSECONDS: Record<string, number> = {
  ps: 1e-3,
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  min: 60e9,
};

/** A duration printed in `unit`, in `target` ("1.5 us" → 1500 ns); undefined for a unit that is not a time unit. */
export function convertTime(value: number, unit: string, target: 'ns' | 's' = 'ns'): number | undefined {
  const from = NANOSECONDS[unit];
  if (from === undefined) return undefined;
  return scaleDecimal(value, from / NANOSECONDS[target]!);
}

const PREFIXES: Record<string, number> = {
  '': 1,
  K: 1e3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};
const SCALED_RATE = /^(Ki|Mi|Gi|Ti|K|k|M|G|T)?(elem|item|B)\/s$/;

/**
 * A rate printed with an SI or binary prefix, in its base unit
 * ("1.2 Melem/s" → 1.2e6 elem/s, "2 KiB/s" → 2048 B/s).
 */
export function baseRate(value: number, unit: string): { value: number; unit: string } | undefined {
  const match = SCALED_RATE.exec(unit);
  return match ? { value: scaleDecimal(value, PREFIXES[match[1] ?? '']!), unit: `${match[2]}/s` } : undefined;
}
