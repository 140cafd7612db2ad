/**
 * Colours that come from other browsers or the server (carets, avatars, the document list)
 * are only ever used as #rrggbb: the caret extension renders anything else transparent, and a
 * checked form keeps odd values out of inline styles.
 */

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Whether `value` is a #rrggbb colour. */
export function isPersonColor(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOR.test(value);
}

/** `value` if it is #rrggbb, otherwise a neutral grey (for colours other browsers sent). */
export function safePersonColor(value: unknown): string {
  return isPersonColor(value) ? value : '#5f6368';
}
