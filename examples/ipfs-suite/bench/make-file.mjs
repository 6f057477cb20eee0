// make-file: writes a reproducible pseudo-random file of the given size (1KB = 1024 bytes), the
// input of hash-file. The same size always gives the same bytes, so the same CID.
//
//   node bench/make-file.mjs SIZE FILE        e.g. node bench/make-file.mjs 16MB /tmp/input.bin
import { rm } from 'node:fs/promises';
import { parseSize } from './lib/sizes.mjs';
import { writePseudoRandomFile } from './lib/pseudo-random-file.mjs';

const [size, file, ...extra] = process.argv.slice(2);
if (file === undefined || extra.length > 0) {
  console.error('usage: node bench/make-file.mjs SIZE FILE');
  process.exit(2);
}

try {
  const bytes = parseSize(size);
  // hyperfine runs this once per size; a file left by an earlier run is replaced.
  await rm(file, { force: true });
  await writePseudoRandomFile(file, bytes);
} catch (error) {
  console.error(`make-file: ${error.message}`);
  process.exitCode = 1;
}
