#!/usr/bin/python
from __future__ import annotations

DOCUMENTATION = r'''
module: benchline_host_facts
short_description: CPU, microcode, kernel, memory, OS, governor, hostname, package and runtime versions, and tuning of the minion
description:
  - Returns C(facts) with the keys cpuModel, cores, kernel, memoryMb, os, governor (null without cpufreq), hostname,
    microcode ('' where not exposed), packages (C(pkg:<name>) → installed version, C(bin:<executable>) → first line of
    its C(--version); '' when missing) and tuning (each configured setting, applied or unavailable).
  - The provisioner's warm check reads the same facts with the same code, so both paths report identical values.
options:
  packages: {type: list, elements: str, default: [], description: Debian packages whose version to report}
  runtimes: {type: list, elements: str, default: [], description: executables whose --version to report}
  tuning: {type: dict, default: {}, description: the minion's tuning config}
'''

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.benchline_host import host_facts, observe_tuning


def main():
    module = AnsibleModule(
        argument_spec={
            'packages': {'type': 'list', 'elements': 'str', 'default': []},
            'runtimes': {'type': 'list', 'elements': 'str', 'default': []},
            'tuning': {'type': 'dict', 'default': {}},
        },
        supports_check_mode=True,
    )
    params = module.params
    facts = host_facts(params['packages'], params['runtimes'], observe_tuning(params['tuning']))
    module.exit_json(changed=False, facts=facts)


if __name__ == '__main__':
    main()
