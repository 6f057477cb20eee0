import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WEB_DIST_DIR, WEB_ENTRY } from './paths.ts';

export interface WebBuild {
  dir: string;
  /** File names under `assets/`, content-hashed. */
  assets: string[];
  bytes: number;
}

/**
 * Bundles app/main.ts (and the CSS it imports: uPlot's and ours) with esbuild into
 * `dist/assets/app-<hash>.{js,css}` and writes `dist/index.html` naming them: no inline script or
 * style, so the page runs under a Content-Security-Policy of `'self'` only.
 */
export async function buildWeb(options: { minify?: boolean } = {}): Promise<WebBuild> {
  const esbuild = await import('esbuild');
  // Built aside and swapped in, so a trigger serving dist (another test, npm start) never sees it half-written.
  const staging = await mkdtemp(join(dirname(WEB_DIST_DIR), '.dist-'));
  const assetsDir = join(staging, 'assets');
  await mkdir(assetsDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { app: WEB_ENTRY },
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    platform: 'browser',
    minify: options.minify ?? true,
    sourcemap: 'linked',
    entryNames: '[name]-[hash]',
    outdir: assetsDir,
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const assets = (await readdir(assetsDir)).sort();
  const script = assets.find((name) => /^app-[A-Z0-9]+\.js$/.test(name));
  const style = assets.find((name) => /^app-[A-Z0-9]+\.css$/.test(name));
  if (!script || !style) throw new Error(`the web build wrote no app script or stylesheet: ${assets.join(', ')}`);
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchline</title>
<link rel="stylesheet" href="/assets/${basename(style)}">
<script type="module" src="/assets/${basename(script)}"></script>
</head>
<body>
<div id="app"><noscript>Benchline's web view needs JavaScript; the same data is in the HTTP API (/docs).</noscript></div>
</body>
</html>
`;
  await writeFile(join(staging, 'index.html'), page);
  const retired = `${staging}-old`;
  await rename(WEB_DIST_DIR, retired).catch(() => undefined);
  await rename(staging, WEB_DIST_DIR);
  await rm(retired, { recursive: true, force: true });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { dir: WEB_DIST_DIR, assets, bytes };
}
