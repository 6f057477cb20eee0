// The analyzer: its service start and its stage (published → analyzed)
export { startAnalyzer } from './analyzer.ts';
export { analyzeStage, type AnalyzerDeps } from './handler.ts';
