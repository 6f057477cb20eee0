export * from './server-process.ts';
export * from './nats.ts';
export * from './sshd.ts';
export * from './influxd.ts';
export * from './until.ts';
export * from './processes.ts';
