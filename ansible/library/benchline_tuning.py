#!/usr/bin/python
from __future__ import annotations

DOCUMENTATION = r'''
module: benchline_tuning
short_description: tune the minion for benchmarking (CPU governor, turbo, SMT, swappiness; checks ASLR and reserved CPUs)
description:
  - Writes the sysfs/procfs knob of each configured setting that differs from O(settings); a knob the host lacks is
    skipped and reported unavailable with the reason.
  - C(aslr) and C(reservedCpus) change nothing on the host, they are applied per benchmark process by the executor
    (C(setarch -R), C(taskset -c)); this module only checks that the host can do it.
  - Changed only when a knob was written. Returns C(tuning), the list the host facts carry.
options:
  settings:
    type: dict
    required: true
    description: the minion's C(tuning) config (governor, turbo, smt, aslr, swappiness, reservedCpus)
'''

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.benchline_host import observe_tuning, tuning_facts


def main():
    module = AnsibleModule(argument_spec={'settings': {'type': 'dict', 'required': True}}, supports_check_mode=True)
    settings = module.params['settings']
    pending = [setting for setting in observe_tuning(settings) if setting['state'] == 'differs']
    if not module.check_mode:
        for setting in pending:
            for path, value in setting['writes']:
                try:
                    with open(path, 'w', encoding='ascii') as handle:
                        handle.write(value)
                except OSError as error:
                    module.fail_json(msg='cannot set %s: writing %r to %s failed: %s' % (
                        setting['name'], value, path, error))
    module.exit_json(changed=bool(pending), tuning=tuning_facts(observe_tuning(settings)))


if __name__ == '__main__':
    main()
