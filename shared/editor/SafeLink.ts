/**
 * The link mark, hardened: the toolbar, pasted HTML, autolinking and rendering all go through
 * linkPolicy, and a link whose address is not allowed (for example one that arrived in another
 * person's update) renders as an `<a>` with no `href` at all, so it can neither run script nor
 * navigate anywhere. Target and rel are fixed so a remote update cannot change them either.
 */
import { Link } from '@tiptap/extension-link';
import { isAllowedHref, sanitizeHref } from './linkPolicy';

const FIXED_ATTRIBUTES = { target: '_blank', rel: 'noopener noreferrer nofollow' } as const;

/** Tiptap's Link mark restricted to http:, https: and mailto: addresses. */
export const SafeLink = Link.extend({
  addOptions() {
    return {
      ...this.parent!(),
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      protocols: [],
      defaultProtocol: 'https',
      HTMLAttributes: { ...FIXED_ATTRIBUTES, class: null },
      isAllowedUri: (url: string) => isAllowedHref(url),
      shouldAutoLink: (url: string) => isAllowedHref(url),
    };
  },

  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element: HTMLElement) => sanitizeHref(element.getAttribute('href')),
      },
      title: { default: null },
    };
  },

  renderHTML({ HTMLAttributes }) {
    const href = sanitizeHref(HTMLAttributes.href);
    const attributes: Record<string, string> = { ...FIXED_ATTRIBUTES };
    if (href !== null) attributes.href = href;
    if (typeof HTMLAttributes.title === 'string' && HTMLAttributes.title.length > 0) {
      attributes.title = HTMLAttributes.title;
    }
    return ['a', attributes, 0];
  },
});
