// Where the built web view is: the trigger serves this directory
export { WEB_DIST_DIR } from './paths.ts';

// Building it (esbuild, a dev dependency, is loaded only when called)
export { buildWeb, type WebBuild } from './build.ts';
