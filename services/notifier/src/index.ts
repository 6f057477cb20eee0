export * from './handlers.ts';
export * from './notification.ts';
export * from './notifier.ts';
export { commentMarker, commitStatus, GITHUB_API_VERSION, pullRequestComment, repositoryOf } from './senders/github.ts';
export { slackMessage } from './senders/slack.ts';
export { signBody, WEBHOOK_HEADERS, webhookBody } from './senders/webhook.ts';
