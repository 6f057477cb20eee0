import { demoRegression } from '../src/demo-regression.ts';

// demoRegression stops its stack on every way out (result, error, SIGINT, SIGTERM) before it resolves.
demoRegression().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`benchline  demo:regression failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
