import { fileURLToPath } from 'node:url';

/** The shared reference data beside the project (see ../shared/data/README.md). */
export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
