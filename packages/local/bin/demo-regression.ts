import { demoRegression } from '../src/demo-regression.ts';

demoRegression().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`benchline  demo:regression failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
