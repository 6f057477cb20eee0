import { describe, expect, it } from 'vitest';
import { directionOfUnit } from '../src/index.ts';

describe('directionOfUnit', () => {
  it('says lower is better for times, sizes, allocations and unknown units', () => {
    const units = [
      'ns',
      'us',
      'µs',
      'ms',
      's',
      'min',
      'B',
      'KB',
      'MB',
      'GiB',
      'B/op',
      'ns/op',
      'allocs',
      'allocs/op',
      'widgets',
    ];
    for (const unit of units) {
      expect(directionOfUnit(unit), unit).toBe('lower');
    }
  });

  it('says higher is better for rates', () => {
    for (const unit of ['ops/s', 'B/s', 'MB/s', 'items/s', 'req/sec', 'ops/ms', 'ops / s', 'operations per second']) {
      expect(directionOfUnit(unit), unit).toBe('higher');
    }
  });
});
