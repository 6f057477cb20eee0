import { join, resolve } from 'node:path';
import { connectionDir, sharingOptions, type MinionConnection } from './minion-connection.ts';

export interface AnsibleStateDirs {
  /** Shared by all runs: <dataDir>/ansible/home. */
  readonly home: string;
  /** This run's own directory; removed afterwards. */
  readonly runDir: string;
  readonly eventsPath: string;
}

/** Where the provisioner keeps Ansible's and OpenSSH's state: <dataDir>/ansible. */
export function ansibleStateDir(dataDir: string): string {
  return join(resolve(dataDir), 'ansible');
}

export function ansibleStateDirs(stateDir: string, runDir: string): AnsibleStateDirs {
  return { home: join(stateDir, 'home'), runDir, eventsPath: join(runDir, 'events.jsonl') };
}

/** ansible-playbook's environment: our config, our callback, every state dir under the service's data dir, and the minion's shared SSH master. */
export function ansibleEnvironment(
  ansibleDir: string,
  stateDir: string,
  dirs: AnsibleStateDirs,
  connection: MinionConnection,
): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('ANSIBLE_'));
  return {
    ...Object.fromEntries(inherited),
    ANSIBLE_CONFIG: join(ansibleDir, 'ansible.cfg'),
    ANSIBLE_HOME: dirs.home,
    ANSIBLE_LOCAL_TEMP: join(dirs.runDir, 'tmp'),
    ANSIBLE_SSH_CONTROL_PATH_DIR: connectionDir(stateDir),
    // Replaces ansible.cfg's ssh_args: OpenSSH keeps the first value of an option, and these come first.
    // Ansible splits the string like a shell would; the socket path holds no quotes or whitespace (see sshOptions).
    ANSIBLE_SSH_ARGS: sharingOptions(connection).join(' '),
    ANSIBLE_CALLBACKS_ENABLED: 'benchline_jsonl',
    ANSIBLE_NOCOLOR: '1',
    BENCHLINE_ANSIBLE_EVENTS: dirs.eventsPath,
  };
}
