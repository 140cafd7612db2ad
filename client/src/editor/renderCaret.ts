/**
 * How another person's caret and selection look: a thin bar in their colour with a label
 * "Name · DC". Names and DCs come from other browsers, so they are only ever set as text,
 * and the colour is forced to #rrggbb.
 */
import type { DecorationAttrs } from '@tiptap/pm/view';
import { shortAffiliationName } from '../../../shared/workspace/affiliations';
import { safePersonColor } from '../presence/personColors';

const text = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.slice(0, max) : '';

/** The caret element of a remote `user` ({ name, dc, color }). */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = safePersonColor(user.color);
  const name = text(user.name, 80) || 'Someone';
  const dc = text(user.dc, 120);
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = color;
  caret.setAttribute('data-person', name);
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.textContent = dc ? `${name} · ${shortAffiliationName(dc)}` : name;
  label.title = dc ? `${name}, ${dc}` : name;
  caret.append(label);
  return caret;
}

/** The highlight of a remote person's selection: their colour, translucent. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  const color = safePersonColor(user.color);
  return {
    class: 'collaboration-carets__selection',
    style: `background-color: ${color}33`,
  };
}
