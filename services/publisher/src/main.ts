import { runService } from '@benchline/core';
import { startPublisher } from './publisher.ts';

await runService('publisher', startPublisher);
