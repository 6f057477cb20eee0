import { runStack } from '../src/run-stack.ts';
import { DEFAULT_DATA_DIR } from '../src/stack.ts';

/**
 * `npm start`: the same set-up as the demo, left running with the schedule active and the HTTP
 * trigger on 127.0.0.1:8080, until Ctrl-C or SIGTERM (exit code 0 once everything stopped).
 */
async function start(): Promise<void> {
  const say = (message: string) => console.log(`benchline  ${message}`);
  const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const options = {
    dataDir: process.env.BENCHLINE_DATA_DIR ?? DEFAULT_DATA_DIR,
    httpPort: port('BENCHLINE_HTTP_PORT', 8080),
    gatewayPort: port('BENCHLINE_GATEWAY_PORT', 8081),
    influxPort: port('BENCHLINE_INFLUX_PORT', 8086),
    schedules: true,
    // The local minion runs the user's benchmarks as any SSH login would, with their shell's set-up.
    userBashrc: true,
    // A service that dies is restarted (1, 2, 4 … 30 s apart) and reported with its last log lines.
    supervise: true,
    say,
  };
  // Runs until a signal: runStack then stops everything.
  await runStack(options, async (stack) => {
    if (stack.apiKey.created) say(`API key (shown once; also in ${stack.apiKey.path}, mode 0600): ${stack.apiKey.key}`);
    else say(`API key: in ${stack.apiKey.path}`);
    say(`trigger   ${stack.triggerUrl}  (API docs ${stack.triggerUrl}/docs)`);
    say(
      `request a run: curl -X POST ${stack.triggerUrl}/runs -H "Authorization: Bearer $(cat ${stack.apiKey.path})" -H 'content-type: application/json' -d '{"suite":"ipfs-example"}'`,
    );
    say(`IPFS      ${stack.gatewayUrl}/ipfs/<cid>/`);
    say(`InfluxDB  ${stack.influxd.url} (database ${stack.config.influx.database})`);
    say(
      `metrics   ${[...stack.services.values()].map((service) => `${service.name} ${service.healthUrl}/metrics`).join(', ')} (and /healthz)`,
    );
    say(
      `schedule  ${stack.config.schedules.map((schedule) => `${schedule.name}: ${schedule.cron} ${schedule.timezone}`).join('; ')}`,
    );
    say('running; Ctrl-C or SIGTERM stops everything');
    return new Promise<never>(() => undefined);
  });
  say('stopped');
}

start().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`benchline  start failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
