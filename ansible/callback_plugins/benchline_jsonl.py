# Writes one JSON object per line to the file named by BENCHLINE_ANSIBLE_EVENTS:
# a "task" line for every task result of every host, and a final "stats" line
# with Ansible's per-host counters and the custom stats set with set_stats.
# The Benchline provisioner parses this file; humans read the default stdout.
from __future__ import annotations

import json
import os

from ansible.module_utils.common.json import AnsibleJSONEncoder
from ansible.plugins.callback import CallbackBase

DOCUMENTATION = '''
    name: benchline_jsonl
    type: aggregate
    short_description: machine-readable task results as JSON lines
    description:
      - Appends JSON lines to the file named by the BENCHLINE_ANSIBLE_EVENTS environment variable.
      - Does nothing when that variable is unset.
'''

# Result keys worth keeping for a failure report; everything else stays in the log.
DETAIL_KEYS = ('msg', 'rc', 'stderr', 'stdout', 'cmd')
MAX_TEXT = 4096


def _clip(value):
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return '...' + value[-MAX_TEXT:]
    return value


def _detail(result):
    detail = {key: _clip(result[key]) for key in DETAIL_KEYS if key in result}
    failed_items = [item for item in result.get('results', []) if isinstance(item, dict) and item.get('failed')]
    if failed_items:
        detail['items'] = [_detail(item) for item in failed_items]
    return detail


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'aggregate'
    CALLBACK_NAME = 'benchline_jsonl'
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super().__init__()
        path = os.environ.get('BENCHLINE_ANSIBLE_EVENTS')
        self._out = open(path, 'a', encoding='utf-8') if path else None

    def _write(self, event):
        if self._out is None:
            return
        self._out.write(json.dumps(event, cls=AnsibleJSONEncoder, sort_keys=True) + '\n')
        self._out.flush()

    def _task_event(self, result, status, ignored=False):
        self._write({
            'type': 'task',
            'host': result._host.get_name(),
            'task': result._task.get_name(),
            'action': result._task.action,
            'status': status,
            'ignored': ignored,
            'detail': _detail(result._result),
        })

    def v2_runner_on_ok(self, result):
        self._task_event(result, 'changed' if result._result.get('changed') else 'ok')

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._task_event(result, 'failed', ignored=bool(ignore_errors))

    def v2_runner_on_skipped(self, result):
        self._task_event(result, 'skipped')

    def v2_runner_on_unreachable(self, result):
        self._task_event(result, 'unreachable')

    def v2_playbook_on_stats(self, stats):
        hosts = {host: stats.summarize(host) for host in sorted(stats.processed)}
        self._write({'type': 'stats', 'hosts': hosts, 'custom': stats.custom})
        if self._out is not None:
            self._out.close()
            self._out = None
