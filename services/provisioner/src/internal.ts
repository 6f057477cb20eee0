// The provisioner's building blocks, for tests: not part of its public surface.

// Running the playbook and the error it fails with
export { runPlaybook, type ProvisionRequest, type ProvisionResult } from './run-ansible.ts';
export { ProvisioningError } from './provisioning-error.ts';
