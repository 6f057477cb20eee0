export { startAnalyzer } from './analyzer.ts';
export { analyzeStage, type AnalyzerDeps } from './handler.ts';
