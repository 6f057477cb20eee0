import { runService } from '@benchline/core';
import { startTrigger } from './trigger.ts';

await runService('trigger', startTrigger);
