import type { NotificationDestination } from '@benchline/core';
import type { Delivery, Notification } from '../notification.ts';
import { postJson } from './http.ts';
import { changeHeadline, percent, runHeadline, seriesName, shortCommit, verdictLine } from './text.ts';

type SlackDestination = Extract<NotificationDestination, { type: 'slack' }>;

/** Slack's mrkdwn needs only these escaped (https://api.slack.com/reference/surfaces/formatting). */
const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const link = (url: string, text: string): string => `<${url}|${escapeMrkdwn(text)}>`;

const MAX_LINES = 10;

export interface SlackMessage {
  text: string;
  blocks: {
    type: string;
    text?: { type: 'mrkdwn' | 'plain_text'; text: string };
    elements?: { type: 'mrkdwn'; text: string }[];
  }[];
}

/** An incoming-webhook message: `text` (notifications, clients without blocks) and blocks with links to the run and the change. */
export function slackMessage(notification: Notification): SlackMessage {
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn' as const, text } });
  const context = (text: string) => ({ type: 'context', elements: [{ type: 'mrkdwn' as const, text }] });

  if ('run' in notification) {
    const { run } = notification;
    const icon = run.status === 'failed' ? ':x:' : (run.regressions ?? 0) > 0 ? ':red_circle:' : ':large_green_circle:';
    const title = `${icon} *${escapeMrkdwn(run.suite)}* ${link(run.url, `run ${run.id}`)} on \`${escapeMrkdwn(run.ref || 'default ref')}\` (${shortCommit(run.commit)})`;
    const blocks: SlackMessage['blocks'] = [section(title)];
    if (run.status === 'failed') {
      blocks.push(
        section(
          `Failed at *${run.failure?.stage}* (\`${run.failure?.code}\`): ${escapeMrkdwn(run.failure?.reason ?? '')}`,
        ),
      );
    } else {
      const lines = (run.verdicts ?? [])
        .slice(0, MAX_LINES)
        .map((verdict) => `• *${escapeMrkdwn(seriesName(verdict))}*: ${escapeMrkdwn(verdictLine(verdict))}`);
      const more = (run.verdicts?.length ?? 0) - lines.length;
      blocks.push(section(escapeMrkdwn(runHeadline(run))));
      if (lines.length > 0) blocks.push(section([...lines, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n')));
    }
    const pr = run.pullRequest === undefined ? '' : ` · PR #${run.pullRequest}`;
    blocks.push(
      context(
        `minion \`${escapeMrkdwn(run.minion)}\` · requested by ${escapeMrkdwn(run.requestedBy || 'unknown')}${pr}`,
      ),
    );
    return { text: runHeadline(run), blocks };
  }

  const { change } = notification;
  const icon = change.kind === 'regression' ? ':chart_with_upwards_trend:' : ':chart_with_downwards_trend:';
  return {
    text: changeHeadline(notification),
    blocks: [
      section(
        `${icon} *${escapeMrkdwn(change.kind)} of ${percent(change.changePercent)}* in *${escapeMrkdwn(change.series.suite)}*: ${escapeMrkdwn(seriesName(change.series))} — ${link(change.url, `change ${change.id}`)}`,
      ),
      section(
        `${change.before} → ${change.after} ${escapeMrkdwn(change.series.unit)}, between \`${shortCommit(change.commitBefore)}\` and \`${shortCommit(change.commitAfter)}\`; first seen in ${link(change.runUrl, `run ${change.runId}`)}`,
      ),
      context(
        `status *${escapeMrkdwn(change.status)}* · minion \`${escapeMrkdwn(change.series.minion)}\` · ${notification.event}`,
      ),
    ],
  };
}

export async function sendSlack(destination: SlackDestination, delivery: Delivery): Promise<void> {
  await postJson({
    destination: destination.name,
    url: destination.url,
    body: JSON.stringify(slackMessage(delivery.notification)),
    timeoutMs: destination.timeoutSeconds * 1000,
  });
}
