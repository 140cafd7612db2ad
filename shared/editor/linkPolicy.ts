/**
 * Which link targets DC Planner renders. Links arrive from the toolbar, from pastes and from
 * other people's updates, so one rule decides them all: only absolute http:, https: and
 * mailto: addresses survive; every other scheme (javascript:, data:, vbscript:, file:, ...)
 * and every relative or malformed address is dropped.
 */

/** The URL schemes a link may use. */
export const ALLOWED_LINK_SCHEMES: ReadonlyArray<string> = ['http', 'https', 'mailto'];

// Browsers strip leading and trailing C0 controls and spaces before reading a URL, so the
// check does the same; the scheme itself must then be spelled out with no control characters.
// eslint-disable-next-line no-control-regex
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;
const ALLOWED_PREFIX = /^(?:https?:\/\/[^/\\?#\s]|mailto:[^\s])/i;

/**
 * The address to render for `href`, or `null` when the link must render without one.
 * Returns the trimmed address unchanged otherwise, so allowed links round-trip exactly.
 */
export function sanitizeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.replace(EDGE_CONTROLS, '');
  if (trimmed.length === 0 || trimmed.length > 2048) return null;
  if (ANY_CONTROL.test(trimmed)) return null;
  return ALLOWED_PREFIX.test(trimmed) ? trimmed : null;
}

/** Whether `href` is a link target DC Planner keeps. */
export function isAllowedHref(href: unknown): boolean {
  return sanitizeHref(href) !== null;
}

/**
 * Turns what a person typed into the link field into an address, adding `https://` to a bare
 * host name (`intgovforum.org/en`) and `mailto:` to an e-mail address. `null` when the result
 * is still not allowed.
 */
export function normalizeTypedHref(input: string): string | null {
  const typed = input.trim();
  if (typed.length === 0) return null;
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(typed)) return sanitizeHref(typed);
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(typed)) return sanitizeHref(`mailto:${typed}`);
  return sanitizeHref(`https://${typed.replace(/^\/+/, '')}`);
}
