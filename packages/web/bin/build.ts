import { buildWeb } from '../src/build.ts';

/** `npm run web:build`: bundles the web view into packages/web/dist (served by the trigger at /). */
const started = performance.now();
const build = await buildWeb({ minify: !process.argv.includes('--no-minify') });
console.log(
  `web: ${build.assets.filter((name) => !name.endsWith('.map')).join(', ')} (${Math.round(build.bytes / 1024)} KiB with maps) in ${Math.round(performance.now() - started)} ms → ${build.dir}`,
);
