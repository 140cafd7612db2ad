/**
 * Loads something from the API and loads it again whenever one of its live topics changes (or
 * `reload` is called), keeping the last good value on screen while reloading, and an error
 * message when loading fails.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LiveTopic } from '../../../shared/live/liveTopics';
import { useLiveTopics } from './liveTopics';

/** What a live resource holds. */
export interface LiveResource<T> {
  /** The value, or null until first loaded. */
  readonly data: T | null;
  readonly error: string | null;
  readonly reload: () => void;
}

/** Keeps `load`'s result fresh; `key` changes reload it at once. */
export function useLiveResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  topics: readonly LiveTopic[],
  key: string,
): LiveResource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useLiveTopics(topics, reload);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(null);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught instanceof Error ? caught.message : 'This could not be loaded.');
      },
    );
    return () => controller.abort();
    // `load` is re-created by callers on every render; `key` says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  return { data, error, reload };
}
