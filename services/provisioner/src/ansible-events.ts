// Parses what ansible/callback_plugins/benchline_jsonl.py wrote.

export interface TaskCounts {
  readonly ok: number;
  readonly changed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly unreachable: number;
}

export interface TaskDetail {
  readonly msg?: string;
  readonly rc?: number;
  readonly stderr?: string;
  readonly stdout?: string;
  readonly cmd?: string | string[];
  /** Failed loop items of the task. */
  readonly items?: TaskDetail[];
}

export interface TaskEvent {
  readonly host: string;
  /** As Ansible names it, `role : task name`. */
  readonly task: string;
  readonly action: string;
  readonly status: 'ok' | 'changed' | 'failed' | 'skipped' | 'unreachable';
  readonly ignored: boolean;
  readonly detail: TaskDetail;
}

export interface PlaybookEvents {
  readonly tasks: TaskEvent[];
  /** Summed over hosts; null when Ansible stopped before printing its recap. */
  readonly counts: TaskCounts | null;
  /** Values the playbook published with set_stats. */
  readonly custom: Readonly<Record<string, unknown>>;
}

interface HostSummary {
  ok: number;
  changed: number;
  failures: number;
  skipped: number;
  unreachable: number;
}

export const NO_TASKS: TaskCounts = { ok: 0, changed: 0, failed: 0, skipped: 0, unreachable: 0 };

export function parsePlaybookEvents(jsonLines: string): PlaybookEvents {
  const tasks: TaskEvent[] = [];
  let counts: TaskCounts | null = null;
  let custom: Record<string, unknown> = {};
  for (const line of jsonLines.split('\n')) {
    if (!line.trim()) continue;
    let event: {
      type?: unknown;
      hosts?: Record<string, HostSummary>;
      custom?: Record<string, Record<string, unknown>>;
    };
    try {
      event = JSON.parse(line);
    } catch {
      continue; // a line cut short when Ansible was killed
    }
    if (event.type === 'task') tasks.push(event as unknown as TaskEvent);
    if (event.type === 'stats') {
      counts = sumHosts(Object.values(event.hosts ?? {}));
      custom = event.custom?._run ?? {};
    }
  }
  return { tasks, counts, custom };
}

function sumHosts(summaries: HostSummary[]): TaskCounts {
  return summaries.reduce<TaskCounts>(
    (sum, host) => ({
      ok: sum.ok + host.ok,
      changed: sum.changed + host.changed,
      failed: sum.failed + host.failures,
      skipped: sum.skipped + host.skipped,
      unreachable: sum.unreachable + host.unreachable,
    }),
    NO_TASKS,
  );
}
