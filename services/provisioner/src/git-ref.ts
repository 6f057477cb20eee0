import { ProvisioningError } from './provisioning-error.ts';

// git's own ref-name rules (git check-ref-format), plus quotes, which the git
// module would split on, and a leading "-", which a git command would read as an option.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0020\u007f~^:?*[\\'"]/;
const FORBIDDEN_SEQUENCES = /\.\.|@\{|\/\/|\/\.|^[-./]|[/.]$|\.lock$/;

/** Why `ref` cannot name a branch, tag or commit, or undefined when it can. */
export function refProblem(ref: string): string | undefined {
  return ref.length === 0
    ? 'is empty'
    : ref.length > 255
      ? 'is longer than 255 characters'
      : FORBIDDEN_CHARACTERS.test(ref)
        ? 'contains a character git does not allow in branch or tag names (whitespace, control characters or any of ~ ^ : ? * [ \\ \' ")'
        : FORBIDDEN_SEQUENCES.test(ref) || ref === '@'
          ? 'is not a valid git ref name'
          : undefined;
}

/** Throws a bad-ref ProvisioningError unless `ref` could name a branch, tag or commit. */
export function assertValidRef(ref: string): void {
  const problem = refProblem(ref);
  if (problem)
    throw new ProvisioningError(
      'REF_INVALID',
      `The requested ref ${JSON.stringify(ref)} ${problem}; give a branch, a tag or a commit sha.`,
    );
}

/** Throws unless `repo` can be handed to git as a repository argument. */
export function assertValidRepo(repo: string): void {
  if (repo.startsWith('-') || /[\u0000-\u001f\u007f]/.test(repo)) {
    throw new Error(`suite repo ${JSON.stringify(repo)} is not a usable git URL or path`);
  }
}
