import { startStack, type Stack, type StackOptions } from './stack.ts';

/** How a command that runs a stack ended when SIGINT or SIGTERM stopped it. */
export class Signalled {
  constructor(readonly signal: NodeJS.Signals) {}

  /** 128 + the signal's number, as a shell reports a command that a signal ended. */
  get exitCode(): number {
    return this.signal === 'SIGINT' ? 130 : 143;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Starts a stack, runs `body` with it, and stops the stack on every way out: the body's result, an
 * error, SIGINT or SIGTERM. It listens for the signals before the stack starts: a Ctrl-C during
 * the start-up stops the stack once it is up (a failed start stops what it started), instead of
 * killing this process and leaving its servers and services running. A second Ctrl-C while the
 * stack stops ends the process at once.
 */
export async function runStack<T>(options: StackOptions, body: (stack: Stack) => Promise<T>): Promise<T | Signalled> {
  let interrupted: Signalled | undefined;
  let interrupt!: (signal: NodeJS.Signals) => void;
  const signalled = new Promise<Signalled>((resolve) => {
    interrupt = (signal) => resolve((interrupted ??= new Signalled(signal)));
  });
  for (const signal of SIGNALS) process.once(signal, interrupt);
  const starting = startStack(options);
  // A stack that a signal stopped while it started does no work.
  const working = starting.then((stack): Promise<T | Signalled> => (interrupted ? signalled : body(stack)));
  // Once a signal won the race, the body's later failure (its stack stopped under it) is nobody's.
  working.catch(() => undefined);
  try {
    const ended = await Promise.race([working, signalled]);
    if (ended instanceof Signalled) options.say(`${ended.signal}: stopping`);
    return ended;
  } finally {
    const stack = await starting.catch(() => undefined);
    await stack?.stop();
    for (const signal of SIGNALS) process.off(signal, interrupt);
  }
}
