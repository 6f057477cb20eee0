// hash-file: prints the IPFS CID of a file, as `ipfs add --only-hash` (Kubo's defaults: CIDv0,
// 256 KiB chunks, balanced DAG) would, without storing anything. hyperfine times the whole
// command, so the figure includes Node's start-up and module loading, as a user would feel it.
//
//   node bench/hash-file.mjs FILE
import { createReadStream } from 'node:fs';
import { importByteStream } from 'ipfs-unixfs-importer';

// The importer hands every block to put(); to compute the CID only, nothing is kept.
const discardBlocks = { put: async (cid) => cid };

const [file, ...extra] = process.argv.slice(2);
if (file === undefined || extra.length > 0) {
  console.error('usage: node bench/hash-file.mjs FILE');
  process.exit(2);
}

try {
  const { cid } = await importByteStream(createReadStream(file), discardBlocks, { profile: 'unixfs-v0-2015' });
  console.log(cid.toString());
} catch (error) {
  console.error(`hash-file: ${error.message}`);
  process.exitCode = 1;
}
