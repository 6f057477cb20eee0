#!/usr/bin/python
from __future__ import annotations

DOCUMENTATION = r'''
module: benchline_file_hashes
short_description: SHA-256 of a few files under one directory
description:
  - Returns C(hashes), mapping each name in O(files) to the hex SHA-256 of O(root)/name, or null when it is not a readable file.
  - The provisioner's warm check hashes the same files with the same code.
options:
  root: {type: path, required: true, description: directory the names are relative to}
  files: {type: list, elements: str, required: true, description: file names relative to O(root)}
'''

import os

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.benchline_host import file_sha256


def main():
    module = AnsibleModule(
        argument_spec={'root': {'type': 'path', 'required': True}, 'files': {'type': 'list', 'elements': 'str', 'required': True}},
        supports_check_mode=True,
    )
    root = module.params['root']
    module.exit_json(changed=False, hashes={name: file_sha256(os.path.join(root, name)) for name in module.params['files']})


if __name__ == '__main__':
    main()
