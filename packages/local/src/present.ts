import { BenchmarkStatus, Stage, type RunEvent } from '@benchline/core';

const seconds = (ms: number | null | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
const statusName = (status: number | null | undefined) =>
  (BenchmarkStatus[status ?? 0] ?? 'UNSPECIFIED').replace('BENCHMARK_STATUS_', '').toLowerCase();

/** One line per stage, as it happens. */
export function describeEvent(event: RunEvent): string {
  switch (event.stage) {
    case 'requested': {
      const { runId, suite, ref, minion } = event.message.request;
      return `requested    run ${runId}: suite ${suite} @ ${ref || 'default ref'} on minion ${minion}`;
    }
    case 'provisioned': {
      const provisioning = event.message.provisioning;
      const tasks = provisioning?.tasks;
      const work = provisioning?.skipped
        ? 'minion already up to date, Ansible skipped'
        : `Ansible ok=${tasks?.ok ?? 0} changed=${tasks?.changed ?? 0}`;
      return `provisioned  commit ${provisioning?.commit?.slice(0, 12)} in ${seconds(provisioning?.durationMs)} (${work})`;
    }
    case 'executed':
      return `executed     ${(event.message.execution?.benchmarks ?? []).map((b) => `${b.name} ${statusName(b.status)} (${seconds(b.durationMs)})`).join(', ')}`;
    case 'published':
      return `published    ${event.message.publication?.points ?? 0} points, bundle ${event.message.publication?.cid}`;
    case 'analyzed': {
      const analysis = event.message.analysis;
      const judged = analysis?.verdicts?.length ?? 0;
      return `analyzed     ${judged} series: ${analysis?.regressions ?? 0} regression(s), ${analysis?.improvements ?? 0} improvement(s)`;
    }
    case 'failed':
      return `failed       at ${(Stage[event.message.stage] ?? '').replace('STAGE_', '').toLowerCase()}: ${event.message.reason}`;
    case 'cancelled':
      return `cancelled    by ${event.message.cancelledBy}${event.message.reason ? `: ${event.message.reason}` : ''}`;
  }
}
