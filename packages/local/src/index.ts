export * from './demo.ts';
export * from './follow.ts';
export * from './request-run.ts';
export * from './services.ts';
export * from './stack.ts';
export * from './summary.ts';
