import { Octokit } from '@octokit/rest';
import { BenchlineError, type BenchlineConfig, type Logger, type NotificationDestination } from '@benchline/core';
import type { Delivery, RunNotification, RunSummary } from '../notification.ts';
import { isRetryableStatus } from './http.ts';
import { percent, plural, runHeadline, seriesName, shortCommit } from './text.ts';

type GitHubDestination = Extract<NotificationDestination, { type: 'github' }>;

export interface Repository {
  owner: string;
  repo: string;
}

/** The REST API version the requests are written against (https://docs.github.com/rest/about-the-rest-api/api-versions). */
export const GITHUB_API_VERSION = '2022-11-28';

/** The hidden first line that marks the comment of a suite on a pull request. */
export const commentMarker = (suite: string): string => `<!-- benchline:${suite} -->`;
const RUN_MARKER = /<!-- benchline-run: (\S+) (\S+) -->/;

/**
 * `owner/name` of a suite: the destination's `repository`, else the last two path segments of the
 * suite's `repo` when that is a URL (`https://host/owner/name.git`, `ssh://git@host/owner/name`,
 * `git@host:owner/name.git`); a local path names no repository.
 */
export function repositoryOf(
  destination: Pick<GitHubDestination, 'repository'>,
  suiteRepo: string | undefined,
): Repository | undefined {
  const spec =
    destination.repository ??
    (suiteRepo && /^(?:[a-z+]+:\/\/|[\w.-]+@[\w.-]+:)/i.test(suiteRepo) ? suiteRepo : undefined);
  const match = spec ? /(?:^|[/:])([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(spec) : null;
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The pull-request comment of one suite: the latest run's verdicts; edited in place by every later run. */
export function pullRequestComment(run: RunSummary): string {
  const lines = [
    commentMarker(run.suite),
    `<!-- benchline-run: ${run.id} ${run.requestedAt} -->`,
    `### Benchline · \`${run.suite}\``,
    '',
  ];
  if (run.status === 'failed') {
    lines.push(
      `:x: [Run ${run.id}](${run.url}) failed at **${run.failure?.stage}** (\`${run.failure?.code}\`): ${run.failure?.reason ?? ''}`,
    );
  } else {
    const regressions = run.regressions ?? 0;
    const improvements = run.improvements ?? 0;
    const icon = regressions > 0 ? ':red_circle:' : ':white_check_mark:';
    const summary =
      regressions + improvements === 0
        ? `no change in ${plural(run.series ?? 0, 'series', 'series')}`
        : [
            regressions && `**${plural(regressions, 'regression')}**`,
            improvements && plural(improvements, 'improvement'),
          ]
            .filter(Boolean)
            .join(', ');
    lines.push(`${icon} [Run ${run.id}](${run.url}): ${summary}`);
    const verdicts = run.verdicts ?? [];
    if (verdicts.length > 0) {
      lines.push('', '| | series | change | interval | baseline → value |', '| --- | --- | --- | --- | --- |');
      for (const verdict of verdicts.slice(0, 50)) {
        lines.push(
          `| ${verdict.verdict === 'regression' ? ':red_circle:' : ':green_circle:'} | ${cell(seriesName(verdict))} | ${percent(verdict.changePercent)} | ${percent(verdict.ciLowerPercent)} … ${percent(verdict.ciUpperPercent)} | ${verdict.baseline} → ${verdict.value} ${cell(verdict.unit)} |`,
        );
      }
      if (verdicts.length > 50) lines.push('', `… and ${verdicts.length - 50} more.`);
    }
  }
  lines.push(
    '',
    `<sub>commit \`${shortCommit(run.commit)}\` · minion \`${run.minion}\` · requested ${run.requestedAt} by ${run.requestedBy || 'unknown'} · this comment is updated by every run of the pull request</sub>`,
  );
  return lines.join('\n');
}

/** The commit status of a run: `error` when it failed, `failure` with a regression, else `success`. */
export function commitStatus(run: RunSummary): { state: 'error' | 'failure' | 'success'; description: string } {
  const state = run.status === 'failed' ? 'error' : (run.regressions ?? 0) > 0 ? 'failure' : 'success';
  const description = runHeadline(run).replace(/^run \S+ of \S+: /, '');
  return { state, description: description.length > 140 ? `${description.slice(0, 139)}…` : description };
}

interface OctokitError {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
}

/** A GitHub answer as an error: retried on 5xx, 408, 429 and rate limits (403 with no requests left or a Retry-After); the message holds no token. */
function gitHubError(destination: string, action: string, error: unknown): Error {
  const { status, response } = error as OctokitError;
  if (typeof status !== 'number')
    return new Error(`destination "${destination}": ${action} failed: ${(error as Error).message}`);
  const rateLimited =
    status === 403 &&
    (response?.headers?.['x-ratelimit-remaining'] === '0' || response?.headers?.['retry-after'] !== undefined);
  const message = `destination "${destination}": GitHub answered ${action} with HTTP ${status}`;
  return isRetryableStatus(status) || rateLimited
    ? new Error(message)
    : new BenchlineError('NOTIFICATION_REJECTED', message);
}

/**
 * Commit statuses and pull-request comments through GitHub's REST API (@octokit/rest, `baseUrl`
 * for GitHub Enterprise). Updates of one pull request's comment are serialised in this process.
 */
export class GitHubSender {
  readonly #destination: GitHubDestination;
  readonly #config: BenchlineConfig;
  readonly #octokit: Octokit;
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(destination: GitHubDestination, config: BenchlineConfig, log: Logger) {
    this.#destination = destination;
    this.#config = config;
    const quiet = log.child({ destination: destination.name });
    this.#octokit = new Octokit({
      auth: destination.token,
      baseUrl: destination.baseUrl.replace(/\/+$/, ''),
      userAgent: 'Benchline-Notifier',
      // Octokit's own request log: method, path, status, time; never headers.
      log: {
        debug: () => undefined,
        info: (message: string) => quiet.debug(message),
        warn: (message: string) => quiet.warn(message),
        error: (message: string) => quiet.warn(message),
      },
    });
    this.#octokit.hook.before('request', (options) => {
      options.headers.accept = 'application/vnd.github+json';
      options.headers['x-github-api-version'] = GITHUB_API_VERSION;
    });
  }

  /** The repository of a suite, or undefined (start-up refuses a destination that lacks one for a suite it covers). */
  repositoryFor(suite: string): Repository | undefined {
    return repositoryOf(this.#destination, this.#config.suites[suite]?.repo);
  }

  async deliver(delivery: Delivery, log: Logger): Promise<void> {
    const { notification } = delivery;
    if (!('run' in notification)) return;
    const repository = this.repositoryFor(notification.suite);
    if (!repository)
      throw new BenchlineError(
        'NOTIFICATION_REJECTED',
        `destination "${this.#destination.name}": no GitHub repository for suite ${notification.suite}; set repository`,
      );
    const { run } = notification;
    if (this.#destination.commitStatus) {
      if (run.commit) await this.#status(repository, run);
      else log.debug({ runId: run.id }, 'no commit status: the run failed before its ref was resolved');
    }
    if (this.#destination.pullRequestComment && run.pullRequest !== undefined) {
      const key = `${repository.owner}/${repository.repo}#${run.pullRequest}`;
      await this.#serialised(key, () => this.#comment(repository, run.pullRequest!, notification, log));
    }
  }

  async #status(repository: Repository, run: RunSummary): Promise<void> {
    const { state, description } = commitStatus(run);
    await this.#call('POST statuses', () =>
      this.#octokit.rest.repos.createCommitStatus({
        ...repository,
        sha: run.commit!,
        state,
        description,
        target_url: run.url,
        context: `benchline/${run.suite}`,
        request: this.#request(),
      }),
    );
  }

  async #comment(
    repository: Repository,
    pullRequest: number,
    notification: RunNotification,
    log: Logger,
  ): Promise<void> {
    const { run } = notification;
    const marker = commentMarker(run.suite);
    const comments = await this.#call('GET comments', () =>
      this.#octokit.paginate(this.#octokit.rest.issues.listComments, {
        ...repository,
        issue_number: pullRequest,
        per_page: 100,
        request: this.#request(),
      }),
    );
    const existing = comments.find((comment) => comment.body?.startsWith(marker));
    const body = pullRequestComment(run);
    if (!existing) {
      await this.#call('POST comment', () =>
        this.#octokit.rest.issues.createComment({
          ...repository,
          issue_number: pullRequest,
          body,
          request: this.#request(),
        }),
      );
      return;
    }
    const shown = RUN_MARKER.exec(existing.body ?? '');
    if (shown && shown[1] !== run.id && shown[2]! > run.requestedAt) {
      log.info({ runId: run.id, shown: shown[1] }, 'pull-request comment already shows a later run; left as it is');
      return;
    }
    await this.#call('PATCH comment', () =>
      this.#octokit.rest.issues.updateComment({
        ...repository,
        comment_id: existing.id,
        body,
        request: this.#request(),
      }),
    );
  }

  #request() {
    return { signal: AbortSignal.timeout(this.#destination.timeoutSeconds * 1000) };
  }

  async #call<T>(action: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw gitHubError(this.#destination.name, action, error);
    }
  }

  async #serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.#queues.set(key, next);
    try {
      return await next;
    } finally {
      if (this.#queues.get(key) === next) this.#queues.delete(key);
    }
  }
}
