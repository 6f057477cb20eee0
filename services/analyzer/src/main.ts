import { runService } from '@benchline/core';
import { startAnalyzer } from './analyzer.ts';

await runService('analyzer', startAnalyzer);
