/**
 * The browser's end of the live channel: one EventSource to /api/live for the whole page,
 * shared by every component that wants to know when a topic changes. When the stream comes
 * back after a break, every topic is reported changed (anything may have happened meanwhile).
 */
import { useEffect, useRef } from 'react';
import type { LiveTopic } from '../../../shared/live/liveTopics';
import { LiveTopics, isLiveTopic } from '../../../shared/live/liveTopics';

type Listener = (topic: LiveTopic) => void;

const listeners = new Set<Listener>();
let source: EventSource | null = null;
let hadError = false;

const notify = (topic: LiveTopic) => {
  for (const listener of [...listeners]) listener(topic);
};

const open = () => {
  source = new EventSource('/api/live');
  source.addEventListener('change', (event) => {
    const topic = (event as MessageEvent<string>).data;
    if (isLiveTopic(topic)) notify(topic);
  });
  source.addEventListener('ready', () => {
    if (!hadError) return;
    hadError = false;
    for (const topic of Object.values(LiveTopics)) notify(topic);
  });
  source.addEventListener('error', () => {
    hadError = true;
  });
};

/** Calls `onChange` whenever one of `topics` changes, while the component is mounted. */
export function useLiveTopics(topics: readonly LiveTopic[], onChange: () => void): void {
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  const key = topics.join(',');
  useEffect(() => {
    const wanted = key.split(',');
    const listener: Listener = (topic) => {
      if (wanted.includes(topic)) callback.current();
    };
    listeners.add(listener);
    if (!source) open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  }, [key]);
}
