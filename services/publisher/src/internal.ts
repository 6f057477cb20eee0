// The publisher's building blocks, for bench/ and tests: not part of its public surface.

// InfluxDB points of a run's results, and writing them
export { benchmarkPoints, type BenchmarkPublication } from './influx/points.ts';
export { writePublications } from './influx/publish.ts';

// IPFS bundles: the store interface and the embedded Helia store
export type { BundleStore } from './ipfs/bundle-store.ts';
export { openHeliaStore } from './ipfs/helia-store.ts';
