import { join } from 'node:path';

export interface AnsibleStateDirs {
  /** Shared by all runs: <dataDir>/ansible/home. */
  readonly home: string;
  /** This run's own directory; removed afterwards. */
  readonly runDir: string;
  /** This run's SSH ControlMaster sockets: a master never outlives the run that checked the host key. */
  readonly controlDir: string;
  readonly eventsPath: string;
}

// A socket path must fit sockaddr_un (108 bytes); ssh appends ".<16 chars>" while it
// sets up the master and Ansible names the socket with 10 hex chars.
const MAX_CONTROL_DIR_LENGTH = 107 - 1 - 10 - 17;

export function ansibleStateDirs(stateDir: string, runDir: string): AnsibleStateDirs {
  return { home: join(stateDir, 'home'), runDir, controlDir: join(runDir, 'cp'), eventsPath: join(runDir, 'events.jsonl') };
}

export function controlMastersUsable(dirs: AnsibleStateDirs): boolean {
  return dirs.controlDir.length <= MAX_CONTROL_DIR_LENGTH;
}

/** ansible-playbook's environment: our config, our callback, and every state dir under the service's data dir. */
export function ansibleEnvironment(ansibleDir: string, dirs: AnsibleStateDirs): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('ANSIBLE_'));
  return {
    ...Object.fromEntries(inherited),
    ANSIBLE_CONFIG: join(ansibleDir, 'ansible.cfg'),
    ANSIBLE_HOME: dirs.home,
    ANSIBLE_LOCAL_TEMP: join(dirs.runDir, 'tmp'),
    ANSIBLE_SSH_CONTROL_PATH_DIR: dirs.controlDir,
    ANSIBLE_CALLBACKS_ENABLED: 'benchline_jsonl',
    ANSIBLE_NOCOLOR: '1',
    BENCHLINE_ANSIBLE_EVENTS: dirs.eventsPath,
    // Too long a socket path makes ssh fail; connecting per task is slower but works.
    ...(controlMastersUsable(dirs) ? {} : { ANSIBLE_SSH_ARGS: '-o ControlMaster=no' }),
  };
}
