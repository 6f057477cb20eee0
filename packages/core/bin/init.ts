import { loadConfig } from '../src/config.ts';
import { initTopology } from '../src/init-topology.ts';
import { createLogger } from '../src/logger.ts';
import { configPathFromArgs } from '../src/service.ts';

// benchline-init: `node --import tsx packages/core/bin/init.ts [config]` with the admin NATS user.
const log = createLogger('init');
try {
  const configPath = configPathFromArgs();
  await initTopology(await loadConfig(configPath), log);
  log.info({ config: configPath }, 'NATS topology ready');
} catch (error) {
  log.fatal({ err: error }, `benchline-init failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
