import { writeFile } from 'node:fs/promises';
import { productionNatsAuthorization } from '../src/nats-server-config.ts';

// Regenerates infrastructure/nats/authorization.conf from nats-permissions.ts:
//   node --import tsx packages/core/bin/nats-authorization.ts infrastructure/nats/authorization.conf
const [output] = process.argv.slice(2);
if (!output) {
  console.error('usage: nats-authorization.ts OUTPUT_FILE');
  process.exitCode = 2;
} else {
  await writeFile(output, productionNatsAuthorization());
}
