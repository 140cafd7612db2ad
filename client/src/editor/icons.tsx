/**
 * The toolbar's icons: small inline SVGs drawn with strokes in currentColor, so they follow
 * the button's colour in every state and in forced-colours mode. Decorative: buttons carry
 * their own labels.
 */
import type { ReactNode } from 'react';

const Svg = ({ children }: { children: ReactNode }) => (
  <svg
    className="icon"
    viewBox="0 0 24 24"
    width="20"
    height="20"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {children}
  </svg>
);

/** Icons by toolbar action id. */
export const icons: Readonly<Record<string, ReactNode>> = {
  undo: (
    <Svg>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </Svg>
  ),
  redo: (
    <Svg>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </Svg>
  ),
  bold: (
    <Svg>
      <path d="M7 5h6a3.5 3.5 0 0 1 0 7H7z" />
      <path d="M7 12h7a3.5 3.5 0 0 1 0 7H7z" />
    </Svg>
  ),
  italic: (
    <Svg>
      <path d="M19 4h-9M14 20H5M15 4 9 20" />
    </Svg>
  ),
  underline: (
    <Svg>
      <path d="M7 4v7a5 5 0 0 0 10 0V4" />
      <path d="M5 20h14" />
    </Svg>
  ),
  strike: (
    <Svg>
      <path d="M4 12h16" />
      <path d="M16.5 7.5C16 5.6 14.3 4.5 12 4.5c-2.7 0-4.5 1.5-4.5 3.4 0 1.5.9 2.5 2.6 3.1" />
      <path d="M8 16.5c.5 1.9 2.2 3 4.5 3 2.7 0 4.5-1.5 4.5-3.5 0-.9-.3-1.6-.9-2.2" />
    </Svg>
  ),
  code: (
    <Svg>
      <path d="m8 7-5 5 5 5" />
      <path d="m16 7 5 5-5 5" />
    </Svg>
  ),
  link: (
    <Svg>
      <path d="M10 13.5a4.5 4.5 0 0 0 6.4.4l2.9-2.9a4.5 4.5 0 0 0-6.4-6.4l-1.3 1.3" />
      <path d="M14 10.5a4.5 4.5 0 0 0-6.4-.4l-2.9 2.9a4.5 4.5 0 0 0 6.4 6.4l1.3-1.3" />
    </Svg>
  ),
  bulletList: (
    <Svg>
      <path d="M9 6h11M9 12h11M9 18h11" />
      <circle cx="4.5" cy="6" r="1" fill="currentColor" />
      <circle cx="4.5" cy="12" r="1" fill="currentColor" />
      <circle cx="4.5" cy="18" r="1" fill="currentColor" />
    </Svg>
  ),
  orderedList: (
    <Svg>
      <path d="M10 6h10M10 12h10M10 18h10" />
      <path d="M4 4.5 5 4v4" strokeWidth="1.5" />
      <path d="M3.8 11a1.2 1.2 0 0 1 2.2.6c0 .8-2.2 1.9-2.2 2.9H6" strokeWidth="1.5" />
      <path d="M3.8 17h2l-1 1.2a1 1 0 1 1-1 1.5" strokeWidth="1.5" />
    </Svg>
  ),
  taskList: (
    <Svg>
      <rect x="3" y="4" width="5" height="5" rx="1" />
      <path d="m3.8 16.5 1.5 1.5 2.7-3" />
      <path d="M11 6.5h10M11 16.5h10" />
    </Svg>
  ),
  blockquote: (
    <Svg>
      <path d="M4 5v14" />
      <path d="M9 7h11M9 12h11M9 17h7" />
    </Svg>
  ),
  codeBlock: (
    <Svg>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="m10 9.5-2.5 2.5 2.5 2.5M14 9.5l2.5 2.5-2.5 2.5" />
    </Svg>
  ),
  horizontalRule: (
    <Svg>
      <path d="M3 12h18" />
      <path d="M7 6h10M7 18h10" strokeOpacity="0.4" />
    </Svg>
  ),
  table: (
    <Svg>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M3 10h18M3 15h18M9.5 4v16M15 4v16" />
    </Svg>
  ),
  outline: (
    <Svg>
      <path d="M4 6h16M8 12h12M8 18h12" />
    </Svg>
  ),
};
