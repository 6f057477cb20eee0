export interface NamedParams {
  name: string;
  params: Record<string, string>;
}

/**
 * Splits a "/"-separated benchmark name: segments "key<separator>value" become params,
 * `positional` may turn other segments into params, the remaining segments stay the name.
 */
export function paramsFromName(
  fullName: string,
  separator: string,
  positional?: (segment: string, index: number) => [string, string] | undefined,
): NamedParams {
  const [first = '', ...rest] = fullName.split('/');
  const kept = [first];
  const params: Record<string, string> = {};
  rest.forEach((segment, index) => {
    const at = segment.indexOf(separator);
    const pair: [string, string] | undefined =
      at > 0 ? [segment.slice(0, at), segment.slice(at + separator.length)] : positional?.(segment, index);
    if (pair) params[pair[0]] = pair[1];
    else kept.push(segment);
  });
  return { name: kept.join('/'), params };
}

/**
 * A Criterion.rs benchmark id: "group/function/parameter" (BenchmarkId::new inside a group)
 * has its parameter split off; other ids are names as they are.
 */
export function criterionId(id: string): NamedParams {
  const parts = id.split('/');
  if (parts.length !== 3 || parts.some((part) => part === '')) return { name: id, params: {} };
  return { name: `${parts[0]}/${parts[1]}`, params: { parameter: parts[2]! } };
}
