// The servers, each on a free loopback port with its data in a temp dir (documented handles first)
export { startNats, type NatsServer, type NatsServerOptions } from './nats.ts';
export {
  startNatsCluster,
  type NatsCluster,
  type NatsClusterNode,
  type NatsClusterOptions,
} from './nats-cluster.ts';
export type { JetStreamMonitor, NodeStreamState } from './jetstream-monitor.ts';
export { startInfluxd, type Influxd, type InfluxdOptions, type InfluxSeries } from './influxd.ts';
export { generateKeyPair, startSshd, type Sshd, type SshdOptions, type SshKeyPair } from './sshd.ts';
export { startKubo, type Kubo, type KuboOptions } from './kubo.ts';

// Starting any other server process: its data dir, a free port, waiting until it answers
export {
  freePort,
  makeTempDir,
  runningProcesses,
  startProcess,
  waitFor,
  type ServerDir,
  type ServerProcess,
  type StartProcessOptions,
} from './server-process.ts';
export { until } from './until.ts';

// Processes on this machine, for tests that prove a clean-up
export { isAlive, liveProcesses, ownRunId } from './processes.ts';

// What the whole machine shares (kernel settings), held by one test process at a time
export { holdMachineLock, type MachineLock } from './machine-lock.ts';

// A minion user that is not root
export { createSystemUser, type SystemUser } from './system-user.ts';
