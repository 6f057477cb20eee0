import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { SERVICE_NAMES } from './services.ts';

const REPO_ROOT = new URL('../../../', import.meta.url).pathname;

/**
 * Bundles every service's `src/main.ts` with its dependencies into `outDir/<name>.mjs` (shared code
 * in chunks beside them, source maps alongside).
 *
 * Why: a service started through tsx resolves and loads some two thousand modules through tsx's
 * hooks, 3–9 s of CPU per start on this machine (the publisher, with Helia, the most); its bundle
 * starts in well under a second. The test suite starts services hundreds of times.
 *
 * `import.meta.url` in each bundled file still names that file, not the bundle: sources read files
 * beside them (the executor's remote scripts, the results schema, the Ansible directory), so each
 * use is rewritten to the source file's URL, relative to the bundle so that the tree may move. The
 * files located that way are listed in `outDir/located-files.json`.
 */
export async function buildServiceBundles(outDir: string): Promise<void> {
  const located = new Set<string>();
  await build({
    entryPoints: Object.fromEntries(
      SERVICE_NAMES.map((name) => [name, join(REPO_ROOT, 'services', name, 'src', 'main.ts')]),
    ),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    banner: { js: BANNER },
    plugins: [sourceLocatedPaths(outDir, located)],
    logLevel: 'warning',
  });
  const files = [...located].map((path) => relative(REPO_ROOT, path)).sort();
  await writeFile(join(outDir, LOCATED_FILES), `${JSON.stringify(files, null, 2)}\n`);
}

/**
 * The file in a bundle directory that lists, relative to the repository, the files its bundles
 * load from where they are at run time (sources that read files beside them, native add-ons): a
 * deployment of the bundles must ship them at the same place (test/deployment/images.test.ts).
 */
export const LOCATED_FILES = 'located-files.json';

/**
 * Every output file starts with this: a `require` for the CommonJS dependencies, and
 * `__benchlinePath(relative)`, the absolute path of a file given relative to the bundle.
 */
const BANNER = [
  "import { createRequire as __benchlineRequire } from 'node:module';",
  "import { fileURLToPath as __benchlineFilePath } from 'node:url';",
  'const require = __benchlineRequire(import.meta.url);',
  'const __benchlinePath = (relative) => __benchlineFilePath(new URL(relative, import.meta.url));',
].join(' ');

/**
 * Keeps every bundled file's idea of where it is: `import.meta.url` becomes the file's own URL, a
 * CommonJS file that uses `__dirname` or `__filename` (undefined in an ES module) gets them, and a
 * native add-on is required from its own place, all relative to the bundle's directory.
 */
function sourceLocatedPaths(outDir: string, located: Set<string>): Plugin {
  return {
    name: 'source-located-paths',
    setup(plugin) {
      // A native add-on (ssh2's crypto binding) stays a file of its own, required from where it is.
      plugin.onResolve({ filter: /\.node$/ }, ({ path, resolveDir }) => {
        located.add(resolve(resolveDir, path));
        const fromBundle = relative(outDir, resolve(resolveDir, path));
        return { path: fromBundle.startsWith('.') ? fromBundle : `./${fromBundle}`, external: true };
      });
      plugin.onLoad({ filter: /\.(ts|mjs|js|cjs)$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const usesImportMeta = source.includes('import.meta.url');
        const usesCommonJsPaths = !source.includes('import.meta') && /\b__(dirname|filename)\b/.test(source);
        if (!usesImportMeta && !usesCommonJsPaths) return undefined;
        located.add(path);
        const own = JSON.stringify(relative(outDir, path));
        const contents = usesImportMeta
          ? source.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`)
          : `var __filename = __benchlinePath(${own}), __dirname = __benchlinePath(${JSON.stringify(relative(outDir, dirname(path)))});\n${source}`;
        return { contents, loader: path.endsWith('.ts') ? 'ts' : 'js', resolveDir: dirname(path) };
      });
    },
  };
}
