import type { NodeSSH } from 'node-ssh';
import type { SFTPWrapper } from 'ssh2';
import { RemoteCommandError } from './errors.ts';
import { wrapperReportFile } from './output-dir.ts';
import { parseKillOutput } from './remote-scripts.ts';
import { isNoSuchFile, withSftp } from './ssh/sftp.ts';

/** What run-wrapper.sh records in `<outputDir>.<delivery>.report` (wrapperReportFile) once the benchmark ended and its leftovers were killed. */
export interface WrapperReport {
  /** Measured on the minion, around the benchmark alone. */
  readonly durationMs: number;
  /** kill-run.sh's exit code: 0 when nothing of the run is left alive. */
  readonly killExitCode: number;
  /** kill-run.sh's output: the last signal it sent, or why it failed. */
  readonly killOutput: string;
}

export function parseWrapperReport(text: string): WrapperReport {
  const match = /^(\d+)\n(\d+)\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`malformed benchmark wrapper report: ${JSON.stringify(text.slice(0, 200))}`);
  return { durationMs: Number(match[1]), killExitCode: Number(match[2]), killOutput: match[3]!.trim() };
}

/** The last signal the leftover kill sent; throws when it could not kill everything. */
export function leftoverKillOutcome(report: WrapperReport, what: string): { signal?: 'SIGTERM' | 'SIGKILL' } {
  if (report.killExitCode !== 0) throw new RemoteCommandError(what, report.killExitCode, report.killOutput);
  return parseKillOutput(report.killOutput);
}

/** Reads the wrapper's report over SFTP (no shell started); undefined when the wrapper wrote none. */
export async function readWrapperReport(
  ssh: NodeSSH,
  outputDir: string,
  delivery: string,
): Promise<WrapperReport | undefined> {
  const text = await withSftp(ssh, (sftp) => readSmallFile(sftp, wrapperReportFile(outputDir, delivery)));
  return text === undefined ? undefined : parseWrapperReport(text);
}

function readSmallFile(sftp: SFTPWrapper, path: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    sftp.readFile(path, (error, data) => {
      if (!error) resolve(data.toString('utf8'));
      else if (isNoSuchFile(error)) resolve(undefined);
      else reject(error);
    });
  });
}
