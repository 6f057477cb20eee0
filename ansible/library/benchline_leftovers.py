#!/usr/bin/python
from __future__ import annotations

DOCUMENTATION = r'''
module: benchline_leftovers
short_description: remove what earlier Benchline runs left on the minion
description:
  - Deletes every entry of O(runs_dir).
  - Terminates the connecting user's processes whose environment carries C(BENCHLINE_RUN_ID=) and whose
    working directory or one of whose environment values lies in O(work_dir), sparing the process chain
    that runs this module. SIGTERM first, SIGKILL after O(grace_seconds).
  - Changed only when something was removed.
options:
  work_dir: {type: path, required: true, description: the minion's Benchline work dir}
  runs_dir: {type: path, required: true, description: directory holding one subdirectory per run}
  grace_seconds: {type: float, default: 5, description: time between SIGTERM and SIGKILL}
'''

import os
import shutil
import signal
import time

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.benchline_host import marked_processes, run_leftovers


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _terminate(pids, grace_seconds):
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace_seconds
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def main():
    module = AnsibleModule(
        argument_spec={'work_dir': {'type': 'path', 'required': True}, 'runs_dir': {'type': 'path', 'required': True}, 'grace_seconds': {'type': 'float', 'default': 5}},
        supports_check_mode=True,
    )
    runs_dir = module.params['runs_dir']
    runs = run_leftovers(runs_dir)
    pids = marked_processes(module.params['work_dir'])
    if not module.check_mode:
        _terminate(pids, module.params['grace_seconds'])
        for name in runs:
            path = os.path.join(runs_dir, name)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.unlink(path)
    module.exit_json(changed=bool(runs or pids), removed_runs=runs, killed_pids=pids)


if __name__ == '__main__':
    main()
