import { BenchlineError } from '@benchline/core';
import { refProblem } from '../git-ref.ts';

const COMMIT_SHA = /^[0-9a-f]{7,40}$/;
// Stricter than git's own rules (which allow "$(id)", say): only what branch and tag names use in
// practice, so nothing that looks like an option or shell syntax reaches git, even as data.
const PLAIN_REF = /^[A-Za-z0-9_][A-Za-z0-9._/+@-]*$/;

/** Throws REF_INVALID unless `sha` is a full or abbreviated commit sha; `what` names it in the message. */
export function assertCommitSha(sha: string, what: string): void {
  if (!COMMIT_SHA.test(sha)) throw invalid(what, sha, 'is not a commit sha (7 to 40 lowercase hex digits)');
}

/** Throws REF_INVALID unless `revision` is a commit sha or a plain branch or tag name. */
export function assertRevision(revision: string, what: string): void {
  if (COMMIT_SHA.test(revision)) return;
  const problem = PLAIN_REF.test(revision)
    ? refProblem(revision)
    : 'is neither a commit sha nor a branch or tag name of letters, digits and . _ / + @ -';
  if (problem) throw invalid(what, revision, problem);
}

function invalid(what: string, revision: string, problem: string): BenchlineError {
  return new BenchlineError('REF_INVALID', `The ${what} ${JSON.stringify(revision)} ${problem}.`);
}
