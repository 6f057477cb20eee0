import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARED_DATA_DIR } from './data-dir.ts';

/** Not scored, as in TCPDBench: simulated (quality_control_*), two-dimensional, or with missing values. */
const EXCLUDED = /^(quality_control_\d+|run_log|uk_coal_employ)$/;

export interface AnnotatedSeries {
  name: string;
  values: number[];
  /** One list of change points per annotator. */
  annotations: number[][];
}

interface TcpdDataset {
  n_dim: number;
  series: { raw: (number | null)[] }[];
}

/** The univariate TCPD series whose data is present, in name order. */
export async function loadTcpd(dir = join(SHARED_DATA_DIR, 'tcpd')): Promise<AnnotatedSeries[]> {
  const annotationsFile = await readFile(join(dir, 'annotations.json'), 'utf8');
  const annotations = JSON.parse(annotationsFile) as Record<string, Record<string, number[]>>;
  const result: AnnotatedSeries[] = [];
  for (const name of Object.keys(annotations).sort()) {
    const file = join(dir, 'datasets', name, `${name}.json`);
    if (EXCLUDED.test(name) || !existsSync(file)) continue;
    const dataset = JSON.parse(await readFile(file, 'utf8')) as TcpdDataset;
    const raw = dataset.series[0]?.raw ?? [];
    if (dataset.n_dim !== 1 || raw.some((value) => value === null)) continue;
    result.push({ name, values: raw as number[], annotations: Object.values(annotations[name]!) });
  }
  return result;
}
