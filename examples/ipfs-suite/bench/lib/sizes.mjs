// File sizes are written like "1KB" or "64MB"; K and M are binary (1KB = 1024 bytes), as in ipfs/benchmarks.
const UNIT_BYTES = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
const SIZE = /^([1-9][0-9]*)(B|KB|MB|GB)$/;

/** "64MB" → 67108864; throws on anything else. */
export function parseSize(text) {
  const match = SIZE.exec(text);
  if (!match)
    throw new Error(
      `invalid size ${JSON.stringify(text)}: expected a positive integer followed by B, KB, MB or GB, e.g. 64KB`,
    );
  return Number(match[1]) * UNIT_BYTES[match[2]];
}

/** "1KB,64MB" → [{ label: "1KB", bytes: 1024 }, ...] */
export function parseSizeList(text) {
  const labels = text.split(',');
  if (new Set(labels).size !== labels.length) throw new Error(`size list ${JSON.stringify(text)} names a size twice`);
  return labels.map((label) => ({ label, bytes: parseSize(label) }));
}
