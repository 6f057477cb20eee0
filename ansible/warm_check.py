# The provisioner's warm check. It is not run by Ansible: the provisioner sends
# module_utils/benchline_host.py, then this file, then a call to observe(...)
# with the request, as one script to `python3 -` over a single SSH connection.
# It only reads; it prints one JSON object describing what decides whether the
# playbook can be skipped.
import json
import re
import subprocess


def _git(*args):
    try:
        done = subprocess.run(('git',) + args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _read_json(path):
    text = _read_text(path)
    try:
        return json.loads(text) if text is not None else None
    except ValueError:
        return None


def _resolve(repo, ref, checkout):
    """The commit the ref names now, the way Ansible's git module would pick it: branch, then tag."""
    if re.fullmatch(r'[0-9a-fA-F]{40}', ref):
        return ref.lower()
    listing = _git('ls-remote', repo, 'refs/heads/' + ref, 'refs/tags/' + ref, 'refs/tags/' + ref + '^{}')
    if listing is None:
        return None
    remote_refs = {}
    for line in listing.splitlines():
        sha, _, name = line.partition('\t')
        remote_refs[name] = sha
    for name in ('refs/heads/' + ref, 'refs/tags/' + ref + '^{}', 'refs/tags/' + ref):
        if name in remote_refs:
            return remote_refs[name]
    # A short sha names one commit forever; the checkout can expand it without fetching.
    if re.fullmatch(r'[0-9a-fA-F]{4,39}', ref):
        return _git('-C', checkout, 'rev-parse', '--verify', '--quiet', ref + '^{commit}')
    return None


def observe(request):
    paths = request['paths']
    checkout = paths['checkout']
    tracked_changes = _git('-C', checkout, 'status', '--porcelain', '--untracked-files=no')
    tuning = observe_tuning(request['tuning'])
    print(json.dumps({
        'resolvedCommit': _resolve(request['repo'], request['ref'], checkout),
        'head': _git('-C', checkout, 'rev-parse', '--verify', '--quiet', 'HEAD'),
        'trackedChanges': None if tracked_changes is None else tracked_changes != '',
        'provisionedStamp': _read_json(paths['provisionedStamp']),
        'setupStamp': _read_json(paths['setupStamp']),
        'setupInputs': {name: file_sha256(os.path.join(checkout, name)) for name in request['setupInputs']},
        'leftoverRuns': run_leftovers(paths['runsDir']),
        'strayProcesses': marked_processes(request['workDir']),
        'tuningPending': [setting['name'] for setting in tuning if setting['state'] == 'differs'],
        'facts': host_facts(request['packages'], request['environment'], tuning),
    }))
