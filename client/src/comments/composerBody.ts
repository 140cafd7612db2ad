/**
 * The composer's content and a comment body, both ways. A body is plain text with mention
 * tokens (shared/comments/mentions.ts): paragraphs become lines, a hard break a line too, and
 * a mention node (id `person:ID` or `dc:ID`, label = the name shown when it was picked)
 * becomes its token. Editing a comment turns its body back into composer content.
 */
import type { JSONContent } from '@tiptap/core';
import { mentionToken, parseCommentBody, type MentionRef } from '../../../shared/comments/mentions';

/** The id a mention node carries: the kind and the person's or DC's id. */
export function mentionNodeId(ref: Pick<MentionRef, 'kind' | 'id'>): string {
  return `${ref.kind}:${ref.id}`;
}

/** The mention a node id stands for, if it is one. */
export function refOfNodeId(nodeId: unknown, label: unknown): MentionRef | null {
  if (typeof nodeId !== 'string') return null;
  const match = /^(person|dc):(.+)$/.exec(nodeId);
  if (!match) return null;
  return {
    kind: match[1] as MentionRef['kind'],
    id: match[2]!,
    label: typeof label === 'string' ? label : match[2]!,
  };
}

function inlineBody(nodes: readonly JSONContent[] | undefined): string {
  let out = '';
  for (const node of nodes ?? []) {
    if (node.type === 'text') out += node.text ?? '';
    else if (node.type === 'hardBreak') out += '\n';
    else if (node.type === 'mention') {
      const ref = refOfNodeId(node.attrs?.id, node.attrs?.label);
      if (ref) out += mentionToken(ref);
    } else out += inlineBody(node.content);
  }
  return out;
}

/** The body of the composer's document: lines of text with mention tokens, trimmed. */
export function bodyOfContent(doc: JSONContent): string {
  return (doc.content ?? [])
    .map((block) => inlineBody(block.content))
    .join('\n')
    .trim();
}

/** Composer content for an existing body (to edit it). */
export function contentOfBody(body: string): JSONContent {
  const paragraphs: JSONContent[][] = [[]];
  for (const part of parseCommentBody(body)) {
    if (part.type === 'mention') {
      paragraphs[paragraphs.length - 1]!.push({
        type: 'mention',
        attrs: { id: mentionNodeId(part.ref), label: part.ref.label },
      });
      continue;
    }
    part.text.split('\n').forEach((line, index) => {
      if (index > 0) paragraphs.push([]);
      if (line !== '') paragraphs[paragraphs.length - 1]!.push({ type: 'text', text: line });
    });
  }
  return {
    type: 'doc',
    content: paragraphs.map((content) =>
      content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' },
    ),
  };
}
