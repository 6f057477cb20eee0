// add-fetch: in the spirit of the ipfs/benchmarks runner, how long an embedded IPFS node (Helia,
// offline, blocks on disk) takes to
//   - add a file:  read it, chunk it, hash the blocks and store them (UnixFS, Helia's defaults);
//   - fetch it:    read the whole file back by its CID (`cat`) from the node's blockstore.
// For each size and iteration a fresh pseudo-random file is added, so every add stores new blocks.
//
// Parameters (environment, set by Benchline from the suite's parameters):
//   BENCHLINE_PARAM_sizes       comma-separated sizes, 1KB = 1024 bytes   (default 1KB,64KB,1MB,16MB,64MB)
//   BENCHLINE_PARAM_iterations  timed iterations per size                 (default 5)
// Results go to BENCHLINE_RESULTS_FILE in Benchline's JSON format: per operation and size, the
// latency in ms (value = median of the iterations) and the throughput in MiB/s (median).
// Scratch files live in BENCHLINE_OUTPUT_DIR (or a temporary dir) and are removed at the end.
//
//   BENCHLINE_RESULTS_FILE=/tmp/r.json node bench/add-fetch.mjs
import './lib/promise-with-resolvers.mjs';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unixfs } from '@helia/unixfs';
import { FsBlockstore } from 'blockstore-fs';
import { createHeliaLight } from 'helia';
import { positiveInteger, suiteParameter } from './lib/parameters.mjs';
import { writePseudoRandomFile } from './lib/pseudo-random-file.mjs';
import { parseSizeList } from './lib/sizes.mjs';
import { summarize } from './lib/stats.mjs';

const BENCHMARK = 'add-fetch';
const MIB = 1024 * 1024;
// Seeds 0..iterations-1 are the timed iterations' files; the warm-up file gets one of its own.
const WARM_UP_SEED = 0xffffffff;

async function main() {
  const resultsFile = process.env.BENCHLINE_RESULTS_FILE;
  if (!resultsFile) throw new Error('BENCHLINE_RESULTS_FILE must name the file to write the results to');
  const sizes = parseSizeList(suiteParameter('sizes', '1KB,64KB,1MB,16MB,64MB'));
  const iterations = positiveInteger('iterations', suiteParameter('iterations', '5'));

  const scratch = process.env.BENCHLINE_OUTPUT_DIR
    ? join(process.env.BENCHLINE_OUTPUT_DIR, `${BENCHMARK}-scratch`)
    : await mkdtemp(join(tmpdir(), `${BENCHMARK}-`));
  try {
    await mkdir(scratch, { recursive: true });
    const benchmarks = await measure(scratch, sizes, iterations);
    const meta = { node: process.version, runId: process.env.BENCHLINE_RUN_ID, centralValue: 'median' };
    await writeFile(resultsFile, `${JSON.stringify({ version: 1, meta, benchmarks }, null, 2)}\n`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function measure(scratch, sizes, iterations) {
  const blockstore = new FsBlockstore(join(scratch, 'blocks'));
  await blockstore.open();
  // createHeliaLight: no libp2p, no block brokers, no routers — nothing listens, nothing is dialled.
  const helia = createHeliaLight({ blockstore });
  await helia.start();
  try {
    const fs = unixfs(helia);
    // One untimed round first, so module loading and JIT warm-up are not billed to the first size.
    await addAndFetch(fs, scratch, 1 * MIB, WARM_UP_SEED);
    const benchmarks = [];
    for (const { label, bytes } of sizes) {
      const timings = { add: [], fetch: [] };
      for (let iteration = 0; iteration < iterations; iteration++) {
        const { addMs, fetchMs } = await addAndFetch(fs, scratch, bytes, iteration);
        timings.add.push(addMs);
        timings.fetch.push(fetchMs);
      }
      for (const operation of ['add', 'fetch']) {
        const params = { operation, size: label };
        const throughput = timings[operation].map((ms) => bytes / MIB / (ms / 1000));
        benchmarks.push({ name: BENCHMARK, params, metric: 'latency', unit: 'ms', ...summarize(timings[operation]) });
        benchmarks.push({ name: BENCHMARK, params, metric: 'throughput', unit: 'MiB/s', ...summarize(throughput) });
      }
      console.log(
        `${label}: add ${median(timings.add)} ms, fetch ${median(timings.fetch)} ms (median of ${iterations})`,
      );
    }
    return benchmarks;
  } finally {
    await helia.stop();
    await blockstore.close();
  }
}

async function addAndFetch(fs, scratch, bytes, seed) {
  const input = join(scratch, `input-${bytes}-${seed}.bin`);
  await writePseudoRandomFile(input, bytes, seed);
  try {
    let started = performance.now();
    const cid = await fs.addByteStream(createReadStream(input));
    const addMs = performance.now() - started;

    started = performance.now();
    let fetched = 0;
    for await (const chunk of fs.cat(cid, { offline: true })) fetched += chunk.byteLength;
    const fetchMs = performance.now() - started;
    if (fetched !== bytes) throw new Error(`fetched ${fetched} bytes of ${cid}, added ${bytes}`);
    return { addMs, fetchMs };
  } finally {
    await rm(input, { force: true });
  }
}

function median(samples) {
  return summarize(samples).median;
}

main().catch((error) => {
  console.error(`${BENCHMARK}: ${error.message}`);
  process.exitCode = 1;
});
