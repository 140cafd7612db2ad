/**
 * The live topic `comments`: announced to every live stream shortly after any open room's
 * threads change (once for a burst of changes), not for changes to the text, and again for a
 * room loaded anew after it was unloaded. Only the topic travels, never a comment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment, createThread } from '../../../shared/comments/threadSchema';
import { COMMENTS_TOPIC_DEBOUNCE_MS } from '../../../server/comments/threadChanges';
import { waitFor } from '../../helpers/waitFor';
import {
  REVIEW_DOC,
  anchorOn,
  deleteText,
  editLive,
  startCommentServer,
  type CommentServer,
} from './commentServer';

let s: CommentServer;
beforeAll(async () => {
  s = await startCommentServer();
});
afterAll(() => s.server.close());

/** Opens the live stream as `token` and collects its raw text. */
async function listen(token: string) {
  const controller = new AbortController();
  const response = await fetch(`${s.server.url}/api/live`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const state = { text: '' };
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        state.text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted
    }
  })();
  await waitFor(() => state.text.includes('event: ready'), { message: 'ready' });
  return {
    count: () => state.text.split('\n').filter((line) => line === 'data: comments').length,
    text: () => state.text,
    close: () => controller.abort(),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live topic comments', () => {
  it('is announced once for a burst of thread changes, and not for text changes', async () => {
    const stream = await listen(s.olga.token);
    await editLive(s.server, REVIEW_DOC.name, (doc) => deleteText(doc, 'twice '));
    await pause(COMMENTS_TOPIC_DEBOUNCE_MS * 2);
    expect(stream.count()).toBe(0);

    // Five separate transactions (five updates stored and relayed), all within the interval.
    await editLive(s.server, REVIEW_DOC.name, (doc) => {
      createThread(doc, {
        id: 't1',
        authorId: s.alice.user.id,
        createdAt: 1,
        anchor: anchorOn(doc, 'hybrid'),
        quote: 'hybrid',
        kind: 'comment',
        comment: { id: 'c1', body: 'Secret words' },
      });
      for (let i = 2; i <= 5; i += 1) {
        addComment(doc, 't1', { id: `c${i}`, authorId: s.bob.user.id, body: 'More', createdAt: i });
      }
    });
    await waitFor(() => stream.count() === 1, { message: 'the comments topic' });
    await pause(COMMENTS_TOPIC_DEBOUNCE_MS * 2);
    expect(stream.count()).toBe(1);
    expect(stream.text()).not.toContain('Secret words');
    stream.close();
  });

  it('is announced for a room loaded again after it was unloaded', async () => {
    await waitFor(async () => (await s.server.registry.peek(REVIEW_DOC.name)) === undefined, {
      message: 'the room to unload',
    });
    const stream = await listen(s.carol.token);
    await editLive(s.server, REVIEW_DOC.name, (doc) =>
      addComment(doc, 't1', { id: 'c9', authorId: s.carol.user.id, body: 'Back', createdAt: 9 }),
    );
    await waitFor(() => stream.count() === 1, { message: 'the comments topic' });
    stream.close();
  });
});
