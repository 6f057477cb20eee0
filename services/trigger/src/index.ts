// The trigger: its service start (HTTP API, schedules, run-state recorder)
export { startTrigger } from './trigger.ts';
