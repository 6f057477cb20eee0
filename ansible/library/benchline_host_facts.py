#!/usr/bin/python
from __future__ import annotations

DOCUMENTATION = r'''
module: benchline_host_facts
short_description: CPU model, cores, kernel, memory, OS, CPU frequency governor and hostname of the minion
description:
  - Returns C(facts) with the keys cpuModel, cores, kernel, memoryMb, os, governor (null without cpufreq) and hostname.
  - The provisioner's warm check reads the same facts with the same code, so both paths report identical values.
options: {}
'''

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.benchline_host import host_facts


def main():
    module = AnsibleModule(argument_spec={}, supports_check_mode=True)
    module.exit_json(changed=False, facts=host_facts())


if __name__ == '__main__':
    main()
