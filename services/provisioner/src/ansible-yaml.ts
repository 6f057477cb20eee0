export type DataValue = string | number | boolean | null | readonly DataValue[] | { readonly [key: string]: DataValue };

const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Serializes data for Ansible (`-e @file`, inventory files) as flow-style YAML in
 * which every string is tagged `!unsafe`: Ansible then treats it as data and never
 * evaluates `{{ … }}` or `{% … %}` inside it. Keys must be plain identifiers.
 */
export function toAnsibleYaml(value: DataValue): string {
  return `${render(value)}\n`;
}

function render(value: DataValue): string {
  if (typeof value === 'string') return `!unsafe ${JSON.stringify(value)}`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot pass ${value} to Ansible`);
    return String(value);
  }
  if (typeof value === 'boolean' || value === null) return String(value);
  if (isList(value)) return `[${value.map(render).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${plainKey(key)}: ${render(item)}`)
    .join(', ')}}`;
}

function isList(value: DataValue): value is readonly DataValue[] {
  return Array.isArray(value);
}

function plainKey(key: string): string {
  if (!PLAIN_KEY.test(key)) throw new Error(`"${key}" cannot be used as a key in Ansible data`);
  return key;
}
