import { runService } from '@benchline/core';
import { startBisector } from './bisector.ts';

await runService('bisector', startBisector);
