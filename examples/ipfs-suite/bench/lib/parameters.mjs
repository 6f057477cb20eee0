/**
 * A suite parameter as Benchline passes it (env BENCHLINE_PARAM_<name>, name as declared in the
 * suite), or `fallback` when the benchmark runs by hand without it.
 */
export function suiteParameter(name, fallback) {
  const value = process.env[`BENCHLINE_PARAM_${name}`];
  return value === undefined || value === '' ? fallback : value;
}

/** A positive integer parameter; throws a clear error otherwise. */
export function positiveInteger(name, text) {
  if (!/^[1-9][0-9]*$/.test(text))
    throw new Error(`parameter ${name} must be a positive integer, got ${JSON.stringify(text)}`);
  return Number(text);
}
