import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { EXAMPLE_SUITE_NAME } from '../src/example-suite.ts';
import { watchRun } from '../src/follow.ts';
import { describeEvent } from '../src/present.ts';
import { requestRun } from '../src/request-run.ts';
import { runStack, Signalled } from '../src/run-stack.ts';
import { DEFAULT_DATA_DIR } from '../src/stack.ts';
import { summarize } from '../src/summary.ts';

const RUN_TIMEOUT_MS = 15 * 60 * 1000;

/**
 * `npm run demo`: starts everything, requests one run of the example suite over HTTP, shows it
 * stage by stage, prints a summary with the verdicts and stops everything. Exit code 0 when the
 * run was published and analyzed.
 */
export async function demo(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { param: { type: 'string', multiple: true, default: [] } } });
  const parameters = Object.fromEntries(
    (values.param ?? []).map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`--param wants NAME=VALUE, got "${pair}"`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  const say = (message: string) => console.log(`benchline  ${message}`);
  const options = {
    dataDir: process.env.BENCHLINE_DATA_DIR ?? DEFAULT_DATA_DIR,
    httpPort: 0,
    gatewayPort: 0,
    influxPort: 0,
    schedules: false,
    say,
  };
  // A Ctrl-C at any point stops everything the demo started (exit code 130).
  const ended = await runStack(options, async (stack) => {
    const nc = await connect({ servers: stack.nats.url, name: 'benchline-demo' });
    try {
      const { runId } = await requestRun(stack, { suite: EXAMPLE_SUITE_NAME, tags: ['demo'], parameters });
      const watcher = await watchRun(
        nc,
        runId,
        (event) => say(describeEvent(event)),
        ({ benchmark, line }) => console.log(`             │ ${benchmark}: ${line.slice(0, 160)}`),
        'analyzed',
      );
      const timeout = setTimeout(() => watcher.stop(), RUN_TIMEOUT_MS);
      const final = await watcher.finished.finally(() => {
        clearTimeout(timeout);
        watcher.stop();
      });
      if (final.stage === 'failed') {
        if (final.message.detail) console.log(final.message.detail);
        say(`the run failed; service logs are in ${stack.config.dataDir.replace(/state$/, 'logs')}`);
        return 1;
      }
      console.log(await summarize(stack, final));
      return 0;
    } finally {
      await nc.close();
    }
  });
  return ended instanceof Signalled ? ended.exitCode : ended;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  demo(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`benchline  demo failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
