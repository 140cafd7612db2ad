/**
 * The colours people get for carets, selections and avatars. Every one is #rrggbb (the caret
 * extension renders anything else transparent) and dark enough for white label text.
 */

/** The palette with names for screen readers, in the order offered on the first-visit form. */
export const namedPersonColors: ReadonlyArray<{ readonly value: string; readonly name: string }> = [
  { value: '#1a73e8', name: 'Blue' },
  { value: '#d93025', name: 'Red' },
  { value: '#188038', name: 'Green' },
  { value: '#b45309', name: 'Amber' },
  { value: '#9334e6', name: 'Purple' },
  { value: '#007b83', name: 'Teal' },
  { value: '#c2185b', name: 'Pink' },
  { value: '#3949ab', name: 'Indigo' },
  { value: '#6d4c41', name: 'Brown' },
  { value: '#00796b', name: 'Sea green' },
  { value: '#ad1457', name: 'Raspberry' },
  { value: '#5b6b00', name: 'Olive' },
];

/** The palette's colours. */
export const personColors: ReadonlyArray<string> = namedPersonColors.map((color) => color.value);

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Whether `value` is a #rrggbb colour. */
export function isPersonColor(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOR.test(value);
}

/** A palette colour picked with `random` (in [0, 1)). */
export function pickPersonColor(random: () => number): string {
  const index = Math.min(personColors.length - 1, Math.floor(random() * personColors.length));
  return personColors[Math.max(0, index)]!;
}

/** `value` if it is #rrggbb, otherwise a neutral grey (for colours other browsers sent). */
export function safePersonColor(value: unknown): string {
  return isPersonColor(value) ? value : '#5f6368';
}
