import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { benchlineDashboard } from '../src/dashboard.ts';
import { dashboardJson, loadConfigForDashboard } from '../src/render.ts';

const DEFAULT_GATEWAY = 'http://127.0.0.1:8081';
const USAGE = `usage: node --import tsx packages/dashboards/bin/generate.ts CONFIG.yaml OUTPUT.json [--gateway URL] [--result-param NAME]...
  --gateway URL        IPFS gateway the dashboard links bundles to (default ${DEFAULT_GATEWAY})
  --result-param NAME  a parameter results files report per case (e.g. size); each value gets its own line`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      gateway: { type: 'string', default: DEFAULT_GATEWAY },
      'result-param': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [configPath, outputPath] = positionals;
  if (configPath === undefined || outputPath === undefined || positionals.length > 2) throw new Error(USAGE);
  const config = await loadConfigForDashboard(configPath);
  const dashboard = benchlineDashboard(config, {
    ipfsGatewayUrl: values.gateway,
    resultParameters: values['result-param'],
  });
  await writeFile(outputPath, dashboardJson(dashboard));
  console.log(`wrote ${outputPath}: ${Object.keys(config.suites).length} suite(s)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
