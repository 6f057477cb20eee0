import { buildServiceBundles } from '@benchline/local';
import { makeTempDir } from '@benchline/servers';

/**
 * Vitest global setup: bundles the services once per test run, so that every stack the tests start
 * runs them from these bundles (`BENCHLINE_SERVICE_BUNDLES`, read by startStack) instead of
 * building its own or loading the sources through tsx: hundreds of service starts, each seconds of
 * CPU cheaper. A directory per run: two runs at once (the timing phase and the Node 24 job) each
 * have their own.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = await makeTempDir('service-bundles');
  await buildServiceBundles(dir.path);
  process.env.BENCHLINE_SERVICE_BUNDLES = dir.path;
  return () => dir.remove();
}
