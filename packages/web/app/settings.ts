import type { Settings } from './types.ts';

/**
 * The settings the trigger wrote into the page (the same as GET /web/settings), so that a page
 * asks for its data at once; undefined when the page came without them.
 */
export function pageSettings(): Settings | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="benchline-settings"]')?.content;
  return content ? (JSON.parse(content) as Settings) : undefined;
}
