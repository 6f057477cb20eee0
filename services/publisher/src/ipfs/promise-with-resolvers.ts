// Helia 7 calls Promise.withResolvers, which Node 20 lacks (Node 22 has it). Import this module before any Helia import.
const promise = Promise as unknown as { withResolvers?: unknown };
promise.withResolvers ??= function withResolvers<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const settled = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise: settled, resolve, reject };
};
