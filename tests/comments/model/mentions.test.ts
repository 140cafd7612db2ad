/**
 * Mentions in comment bodies (shared/comments/mentions.ts): tokens of people and DCs parse back
 * to what was written, labels with brackets survive, malformed tokens stay text, and the plain
 * text reads "@Label".
 */
import { describe, expect, it } from 'vitest';
import {
  commentPlainText,
  mentionToken,
  mentionsOf,
  parseCommentBody,
  type MentionRef,
} from '../../../shared/comments/mentions';

const ada: MentionRef = { kind: 'person', id: 'u-ada', label: 'Ada Lovelace' };
const iot: MentionRef = { kind: 'dc', id: 'dc-iot', label: 'DC on Internet of Things' };

describe('mentions in comment bodies', () => {
  it('parses text and mentions in order', () => {
    const body = `Hi ${mentionToken(ada)}, see ${mentionToken(iot)}.`;
    expect(body).toBe(
      'Hi @[Ada Lovelace](person:u-ada), see @[DC on Internet of Things](dc:dc-iot).',
    );
    expect(parseCommentBody(body)).toEqual([
      { type: 'text', text: 'Hi ' },
      { type: 'mention', ref: ada },
      { type: 'text', text: ', see ' },
      { type: 'mention', ref: iot },
      { type: 'text', text: '.' },
    ]);
  });

  it('round-trips labels with brackets, parentheses and backslashes', () => {
    const odd: MentionRef = { kind: 'person', id: 'u1', label: 'Bo [IGF] (chair) \\ co' };
    expect(parseCommentBody(mentionToken(odd))).toEqual([{ type: 'mention', ref: odd }]);
  });

  it('folds whitespace in labels and falls back to the id for an empty one', () => {
    expect(mentionToken({ kind: 'dc', id: 'dc-a', label: ' Two\n lines ' })).toBe(
      '@[Two lines](dc:dc-a)',
    );
    expect(mentionToken({ kind: 'person', id: 'u2', label: '   ' })).toBe('@[u2](person:u2)');
  });

  it('leaves malformed tokens as text', () => {
    for (const body of [
      '@[Ada](user:u1)',
      '@[Ada](person:)',
      '@[Ada] (person:u1)',
      '@Ada',
      '[Ada](person:u1)',
      '@[Ada](person:u 1)',
    ]) {
      expect(parseCommentBody(body)).toEqual([{ type: 'text', text: body }]);
      expect(mentionsOf(body)).toEqual({ people: [], dcs: [] });
    }
    expect(parseCommentBody('')).toEqual([]);
  });

  it('lists who is mentioned, each once', () => {
    const body = `${mentionToken(ada)} ${mentionToken(iot)} ${mentionToken(ada)} @[X](dc:dc-x)`;
    expect(mentionsOf(body)).toEqual({ people: ['u-ada'], dcs: ['dc-iot', 'dc-x'] });
  });

  it('renders the plain text with @Label', () => {
    expect(commentPlainText(`Ask ${mentionToken(ada)} or ${mentionToken(iot)}!`)).toBe(
      'Ask @Ada Lovelace or @DC on Internet of Things!',
    );
  });
});
