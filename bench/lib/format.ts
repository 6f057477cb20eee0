/** How the bench scripts print figures. */

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const seconds = (valueMs: number): string => `${(valueMs / 1000).toFixed(1)} s`;
export const times = (value: number): string => `${value.toFixed(2)}×`;
export const perSecond = (value: number): string => `${Math.round(value).toLocaleString('en')} points/s`;
export const megabytes = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

/** "met" / "MISSED" against a target, for the closing line of each benchmark. */
export function verdict(met: boolean, target: string): string {
  return `${met ? 'met' : 'MISSED'} (target ${target})`;
}

/** Aligned two-column rows. */
export function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}
