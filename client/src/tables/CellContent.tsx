/**
 * Shows a cell's rich text without an editor: paragraphs, lists, headings and links as the
 * editor would show them. Text from other people is only ever rendered as text; link
 * addresses were already checked against the link policy (cellContent.ts).
 */
import type { ReactNode } from 'react';
import type { CellElement, CellNode, CellText } from './cellContent';

const BLOCKS: Readonly<Record<string, string>> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  taskList: 'ul',
  listItem: 'li',
  taskItem: 'li',
  blockquote: 'blockquote',
  codeBlock: 'pre',
};

function renderText(node: CellText, key: number): ReactNode {
  let content: ReactNode = node.text;
  const { marks } = node;
  if (marks.code) content = <code>{content}</code>;
  if (marks.bold) content = <strong>{content}</strong>;
  if (marks.italic) content = <em>{content}</em>;
  if (marks.underline) content = <u>{content}</u>;
  if (marks.strike) content = <s>{content}</s>;
  if (marks.href) {
    content = (
      <a href={marks.href} target="_blank" rel="noopener noreferrer nofollow" tabIndex={-1}>
        {content}
      </a>
    );
  }
  return <span key={key}>{content}</span>;
}

function renderElement(node: CellElement, key: number): ReactNode {
  const children = renderNodes(node.children);
  if (node.name === 'hardBreak') return <br key={key} />;
  if (node.name === 'heading') {
    // Cells are small: headings are shown as strong paragraphs.
    return (
      <p key={key} className="cell-content__heading">
        <strong>{children}</strong>
      </p>
    );
  }
  if (node.name === 'taskItem') {
    return (
      <li key={key} className="cell-content__task">
        <span aria-hidden="true">{node.attrs['checked'] === true ? '☑ ' : '☐ '}</span>
        {children}
      </li>
    );
  }
  const Tag = (BLOCKS[node.name] ?? 'div') as 'div';
  return <Tag key={key}>{children}</Tag>;
}

function renderNodes(nodes: readonly CellNode[]): ReactNode[] {
  return nodes.map((node, index) =>
    node.kind === 'text' ? renderText(node, index) : renderElement(node, index),
  );
}

/** Props of CellContent. */
export interface CellContentProps {
  readonly nodes: readonly CellNode[];
}

/** A cell's text, read-only. */
export function CellContent({ nodes }: CellContentProps) {
  return <div className="cell-content">{renderNodes(nodes)}</div>;
}
