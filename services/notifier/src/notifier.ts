import {
  ConfigError,
  NOTIFIER_CONSUMERS,
  startWorker,
  type BenchlineConfig,
  type Logger,
  type NotificationDestination,
  type RunningService,
  type ServiceContext,
  type Worker,
} from '@benchline/core';
import { changeEventHandler, deliveryHandler, runEventHandler, type Sender } from './handlers.ts';
import { publicUrlOf } from './notification.ts';
import { GitHubSender } from './senders/github.ts';
import { sendSlack } from './senders/slack.ts';
import { sendWebhook } from './senders/webhook.ts';

/** One sender per configured destination. */
export function sendersOf(config: BenchlineConfig, log: Logger): Map<string, Sender> {
  const senders = new Map<string, Sender>();
  for (const destination of config.notifications.destinations) {
    senders.set(destination.name, senderOf(destination, config, log));
  }
  return senders;
}

function senderOf(destination: NotificationDestination, config: BenchlineConfig, log: Logger): Sender {
  switch (destination.type) {
    case 'webhook':
      return { deliver: (delivery) => sendWebhook(destination, delivery) };
    case 'slack':
      return { deliver: (delivery) => sendSlack(destination, delivery) };
    case 'github':
      return new GitHubSender(destination, config, log);
  }
}

/** What the schema cannot say: unique names, known suites, a repository for every suite a GitHub destination covers. */
export function checkDestinations(config: BenchlineConfig, log: Logger): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  config.notifications.destinations.forEach((destination, index) => {
    const at = `notifications.destinations[${index}]`;
    if (seen.has(destination.name)) problems.push(`${at}.name: duplicate "${destination.name}"`);
    seen.add(destination.name);
    for (const suite of destination.suites ?? [])
      if (!(suite in config.suites)) problems.push(`${at}.suites: no suite named "${suite}"`);
    if (destination.type === 'github') {
      const sender = new GitHubSender(destination, config, log);
      for (const suite of destination.suites ?? Object.keys(config.suites)) {
        if (suite in config.suites && !sender.repositoryFor(suite))
          problems.push(`${at}.repository: suite "${suite}" has no GitHub repository URL; set repository: owner/name`);
      }
    }
  });
  if (problems.length > 0) throw new ConfigError(`notifications are invalid:\n  ${problems.join('\n  ')}`);
}

/**
 * The notifier: run.analyzed, run.failed and change events become one delivery per matching
 * destination on `notify.<destination>`, and each delivery is made, retried and dead-lettered on
 * its own, so a destination that is down holds up no other.
 */
export async function startNotifier({ config, js, log }: ServiceContext): Promise<RunningService> {
  checkDestinations(config, log);
  const { destinations, maxAttempts, maxDelaySeconds } = config.notifications;
  const fanOut = { js, destinations, baseUrl: publicUrlOf(config), log };
  const workers: Worker[] = [
    startWorker({ js, ...consumer('analyzed'), handler: runEventHandler('analyzed', fanOut), log, concurrency: 4 }),
    startWorker({ js, ...consumer('failed'), handler: runEventHandler('failed', fanOut), log, concurrency: 4 }),
    startWorker({ js, ...consumer('changes'), handler: changeEventHandler(fanOut), log, concurrency: 4 }),
    startWorker({
      js,
      ...consumer('deliveries'),
      handler: deliveryHandler({ js, senders: sendersOf(config, log), log }),
      log,
      concurrency: 8,
      maxAttempts,
      backoff: { initialDelayMs: 1_000, maxDelayMs: maxDelaySeconds * 1000 },
    }),
  ];
  log.info({ destinations: destinations.map(({ name, type }) => `${name} (${type})`) }, 'notifying');
  return { stop: async () => void (await Promise.all(workers.map((worker) => worker.stop()))) };
}

function consumer(name: keyof typeof NOTIFIER_CONSUMERS): { stream: string; durable: string } {
  const { stream, durable } = NOTIFIER_CONSUMERS[name];
  return { stream, durable };
}
