/**
 * Keeps the document list fresh while the home page is visible: fetched on arrival, every few
 * seconds after (so "who is here now" stays true), and at once when the tab comes back.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from './documentList';
import { fetchDocumentList } from './documentList';

/** How often the list refreshes while visible, in ms. */
export const REFRESH_MS = 5_000;

/** What the home page shows. */
export interface DocumentListState {
  readonly documents: ReadonlyArray<DocumentSummary> | null;
  readonly error: string | null;
  readonly refresh: () => void;
}

/** The document list, refreshed while the page is visible. */
export function useDocumentList(): DocumentListState {
  const [documents, setDocuments] = useState<ReadonlyArray<DocumentSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = async (): Promise<void> => {
      try {
        const list = await fetchDocumentList(controller.signal);
        setDocuments(list);
        setError(null);
      } catch (caught) {
        if (controller.signal.aborted) return;
        setError(
          caught instanceof Error ? caught.message : 'The document list could not be loaded.',
        );
      }
      if (!controller.signal.aborted && document.visibilityState === 'visible') {
        timer = setTimeout(() => void load(), REFRESH_MS);
      }
    };
    const handleVisibility = () => {
      if (document.visibilityState !== 'visible' || controller.signal.aborted) return;
      if (timer !== null) clearTimeout(timer);
      void load();
    };
    void load();
    document.addEventListener('visibilitychange', handleVisibility);
    return () => {
      controller.abort();
      if (timer !== null) clearTimeout(timer);
      document.removeEventListener('visibilitychange', handleVisibility);
    };
  }, [generation]);

  return { documents, error, refresh };
}
