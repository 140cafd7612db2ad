/**
 * Roving tabindex for toolbars (WAI-ARIA toolbar pattern): the whole toolbar is one Tab stop,
 * arrow keys move between its items, Home and End jump to the ends. Items can come and go
 * (the table tools appear only inside a table); focus falls back to the first item.
 */
import type { KeyboardEvent } from 'react';
import { useCallback, useState } from 'react';

/** Props every roving item needs. */
export interface RovingItemProps {
  readonly tabIndex: number;
  readonly onFocus: () => void;
  readonly 'data-roving-item': string;
}

/** Keyboard handling for a toolbar whose item ids are `ids`, in visual order. */
export function useRovingTabIndex(ids: ReadonlyArray<string>): {
  getItemProps: (id: string) => RovingItemProps;
  handleKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
} {
  const [activeId, setActiveId] = useState<string | null>(null);
  const current = activeId !== null && ids.includes(activeId) ? activeId : (ids[0] ?? null);

  const getItemProps = useCallback(
    (id: string): RovingItemProps => ({
      tabIndex: id === current ? 0 : -1,
      onFocus: () => setActiveId(id),
      'data-roving-item': id,
    }),
    [current],
  );

  const handleKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const items = Array.from(
      event.currentTarget.querySelectorAll<HTMLElement>('[data-roving-item]'),
    );
    const index = items.findIndex((item) => item === document.activeElement);
    if (index === -1 || items.length === 0) return;
    event.preventDefault();
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % items.length;
    if (event.key === 'ArrowLeft') next = (index - 1 + items.length) % items.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = items.length - 1;
    const target = items[next]!;
    setActiveId(target.dataset.rovingItem ?? null);
    target.focus();
  }, []);

  return { getItemProps, handleKeyDown };
}
