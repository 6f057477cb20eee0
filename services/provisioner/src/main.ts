import { runService } from '@benchline/core';
import { startProvisioner } from './provisioner.ts';

await runService('provisioner', startProvisioner);
