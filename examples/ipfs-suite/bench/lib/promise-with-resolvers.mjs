// Helia 7 calls Promise.withResolvers, which Node 20 lacks (Node 22 has it).
// Import this module before any Helia module.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
