/**
 * A link inside the app: a real <a href> (so it can be opened in a new tab, copied, read by a
 * screen reader) that navigates without reloading on a plain click.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './useRoute';

/** Props of AppLink: those of <a>, with a required in-app `href`. */
export type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { readonly href: string };

/** An in-app link. */
export function AppLink({ href, onClick, ...rest }: AppLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
