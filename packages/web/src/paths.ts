import { fileURLToPath } from 'node:url';

/** The built page and assets (`npm run web:build`), ignored by git. */
export const WEB_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

/** The browser code's entry: Preact + htm components and uPlot charts, no JSX (so no compile step but the bundler's). */
export const WEB_ENTRY = fileURLToPath(new URL('../app/main.ts', import.meta.url));
