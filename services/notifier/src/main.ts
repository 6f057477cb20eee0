import { runService } from '@benchline/core';
import { startNotifier } from './notifier.ts';

await runService('notifier', startNotifier);
