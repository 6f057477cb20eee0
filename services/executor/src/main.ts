import { runService } from '@benchline/core';
import { startExecutor } from './executor.ts';

await runService('executor', startExecutor);
