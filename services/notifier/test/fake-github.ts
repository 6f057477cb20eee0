import { startReceiver, type Receiver } from './receivers.ts';

export interface FakeStatus {
  owner: string;
  repo: string;
  sha: string;
  state: string;
  target_url?: string;
  description?: string;
  context?: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  edits: number;
}

export interface FakeGitHub extends Receiver {
  readonly statuses: FakeStatus[];
  readonly comments: FakeComment[];
  /** What did not match GitHub's documented REST API: the test expects none. */
  readonly violations: string[];
}

const STATES = ['error', 'failure', 'pending', 'success'];

/**
 * The endpoints of GitHub's REST API the notifier uses, as documented (docs.github.com/rest):
 * - POST /repos/{owner}/{repo}/statuses/{sha}: body `state` (error|failure|pending|success), optional
 *   `target_url`, `description`, `context`; answers 201 with the status;
 * - GET /repos/{owner}/{repo}/issues/{issue_number}/comments (`per_page` ≤ 100, `page`): 200 with the comments;
 * - POST /repos/{owner}/{repo}/issues/{issue_number}/comments: body `body`; 201 with the comment;
 * - PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}: body `body`; 200 with the comment.
 * Every request must carry the token (`Authorization: token|Bearer <token>`), `Accept:
 * application/vnd.github+json`, a User-Agent (GitHub refuses requests without one) and the API
 * version header; bodies must be JSON.
 */
export async function startFakeGitHub(token: string, owner: string, repo: string): Promise<FakeGitHub> {
  const statuses: FakeStatus[] = [];
  const comments: FakeComment[] = [];
  const violations: string[] = [];
  let nextId = 1000;
  const prefix = `/repos/${owner}/${repo}`;

  const receiver = await startReceiver(({ method, url, headers, body }) => {
    const fail = (problem: string, status = 422) => {
      violations.push(`${method} ${url}: ${problem}`);
      return { status, body: { message: problem, documentation_url: 'https://docs.github.com/rest' } };
    };
    if (headers.authorization !== `token ${token}` && headers.authorization !== `Bearer ${token}`)
      return fail('bad credentials', 401);
    if (headers.accept !== 'application/vnd.github+json') return fail(`accept is ${headers.accept}`);
    if (!headers['user-agent']?.startsWith('Benchline-Notifier'))
      return fail(`user-agent is ${headers['user-agent']}`, 403);
    if (headers['x-github-api-version'] !== '2022-11-28')
      return fail(`x-github-api-version is ${headers['x-github-api-version']}`, 400);
    const { pathname, searchParams } = new URL(url, 'http://github.test');
    let json: Record<string, unknown> = {};
    if (method !== 'GET') {
      if (!headers['content-type']?.startsWith('application/json'))
        return fail(`content-type is ${headers['content-type']}`, 415);
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return fail('body is not JSON', 400);
      }
    }
    if (!pathname.startsWith(`${prefix}/`)) return fail(`not repository ${owner}/${repo}`, 404);
    const path = pathname.slice(prefix.length);

    let match = /^\/statuses\/([0-9a-f]{40})$/.exec(path);
    if (match && method === 'POST') {
      const allowed = ['state', 'target_url', 'description', 'context'];
      const extra = Object.keys(json).filter((key) => !allowed.includes(key));
      if (extra.length > 0) return fail(`unknown status fields ${extra.join(', ')}`);
      if (!STATES.includes(json.state as string)) return fail(`state ${String(json.state)}`);
      if (typeof json.description === 'string' && json.description.length > 140)
        return fail('description longer than 140');
      const status = { owner, repo, sha: match[1]!, ...json } as FakeStatus;
      statuses.push(status);
      return { status: 201, body: { id: nextId++, ...json, url: `${prefix}/statuses/${match[1]}` } };
    }
    match = /^\/issues\/(\d+)\/comments$/.exec(path);
    if (match && method === 'GET') {
      const perPage = Number(searchParams.get('per_page') ?? 30);
      if (!(perPage >= 1 && perPage <= 100)) return fail(`per_page ${perPage}`);
      const page = Number(searchParams.get('page') ?? 1);
      const all = comments.filter((comment) => comment.issue === Number(match![1]));
      return {
        status: 200,
        body: all
          .slice((page - 1) * perPage, page * perPage)
          .map(({ id, body: text }) => ({ id, body: text, user: { login: 'benchline-bot' } })),
      };
    }
    if (match && method === 'POST') {
      if (typeof json.body !== 'string' || Object.keys(json).length !== 1) return fail('a comment is { body }');
      const comment = { id: nextId++, issue: Number(match[1]), body: json.body, edits: 0 };
      comments.push(comment);
      return { status: 201, body: { id: comment.id, body: comment.body } };
    }
    match = /^\/issues\/comments\/(\d+)$/.exec(path);
    if (match && method === 'PATCH') {
      if (typeof json.body !== 'string' || Object.keys(json).length !== 1) return fail('a comment update is { body }');
      const comment = comments.find(({ id }) => id === Number(match![1]));
      if (!comment) return fail('no such comment', 404);
      comment.body = json.body;
      comment.edits += 1;
      return { status: 200, body: { id: comment.id, body: comment.body } };
    }
    return fail(`no such endpoint`, 404);
  });
  return {
    ...receiver,
    statuses,
    comments,
    violations,
    url: receiver.url,
    requests: receiver.requests,
    close: receiver.close,
  };
}
