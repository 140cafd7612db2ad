// Saved-state tracking: "All changes saved" only from server acknowledgements.
import { describe, expect, it } from 'vitest';
import { SavedStateTracker } from '../../client/src/sync/SavedStateTracker';

describe('SavedStateTracker', () => {
  it('starts unconfirmed: a fresh page has not heard from the server yet', () => {
    const tracker = new SavedStateTracker();
    expect(tracker.state).toBe('unsaved');
    tracker.recordSaveRequest(1);
    expect(tracker.state).toBe('unsaved');
    tracker.recordSaved(1);
    expect(tracker.state).toBe('saved');
  });

  it('is saved only once the request sent after the last change is acknowledged', () => {
    const tracker = new SavedStateTracker();
    tracker.recordSaveRequest(1);
    tracker.recordSaved(1);
    tracker.recordLocalChange();
    expect(tracker.state).toBe('unsaved');
    tracker.recordSaveRequest(2);
    tracker.recordLocalChange();
    tracker.recordSaveRequest(3);
    tracker.recordSaved(2);
    expect(tracker.state).toBe('unsaved');
    expect(tracker.unconfirmedChanges).toBe(1);
    tracker.recordSaved(3);
    expect(tracker.state).toBe('saved');
    expect(tracker.unconfirmedChanges).toBe(0);
  });

  it('a later acknowledgement settles earlier requests too', () => {
    const tracker = new SavedStateTracker();
    tracker.recordLocalChange();
    tracker.recordSaveRequest(1);
    tracker.recordLocalChange();
    tracker.recordSaveRequest(2);
    tracker.recordSaved(2);
    expect(tracker.state).toBe('saved');
    // The late duplicate of request 1 is unknown now and changes nothing.
    tracker.recordSaved(1);
    expect(tracker.state).toBe('saved');
  });

  it('ignores acknowledgements it never asked for', () => {
    const tracker = new SavedStateTracker();
    tracker.recordLocalChange();
    tracker.recordSaved(99);
    expect(tracker.state).toBe('unsaved');
  });

  it('forgets unanswered requests when the connection drops, so a stale id cannot confirm', () => {
    const tracker = new SavedStateTracker();
    tracker.recordLocalChange();
    tracker.recordSaveRequest(1);
    tracker.recordConnectionLost();
    tracker.recordSaved(1);
    expect(tracker.state).toBe('unsaved');
    // The next connection's handshake request covers the change.
    tracker.recordSaveRequest(2);
    tracker.recordSaved(2);
    expect(tracker.state).toBe('saved');
  });

  it('a change made after a request was sent is not covered by its acknowledgement', () => {
    const tracker = new SavedStateTracker();
    tracker.recordSaveRequest(1);
    tracker.recordLocalChange();
    tracker.recordSaved(1);
    expect(tracker.state).toBe('unsaved');
  });
});
