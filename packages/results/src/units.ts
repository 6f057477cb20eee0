import { METRIC } from './model.ts';

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
