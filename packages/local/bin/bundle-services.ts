import { resolve } from 'node:path';
import { buildServiceBundles } from '../src/service-bundles.ts';

/**
 * Bundles the seven services into a directory, as the images run them (the Dockerfile's `web`
 * stage): `node --import tsx packages/local/bin/bundle-services.ts <outDir>`.
 */
const [outDir, ...rest] = process.argv.slice(2);
if (!outDir || rest.length > 0) {
  console.error('usage: bundle-services.ts <outDir>');
  process.exit(2);
}
await buildServiceBundles(resolve(outDir));
