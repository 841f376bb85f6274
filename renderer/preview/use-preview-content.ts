import { useEffect, useState } from 'react';
import type { ContentState } from '../../main/api';
import { ApiCallError, callMain } from '../api';

/** How long one wait for new content lasts before asking again, as the kiosk's own sync. */
const WAIT_MS = 25_000;

/** The content the preview lists, kept current, or why it cannot be had. */
export interface PreviewContent {
  /** Null until the first answer. */
  state: ContentState | null;
  /** In plain words; null while the host answers. */
  error: string | null;
}

/**
 * The content, asked of the host as the kiosk asks it (`getContent`, then a wait for each new
 * version), so the preview's lists change as soon as an organizer saves a file.
 */
export function usePreviewContent(): PreviewContent {
  const [content, setContent] = useState<PreviewContent>({ state: null, error: null });
  useEffect(() => {
    const stop = new AbortController();
    void (async () => {
      let since: number | undefined;
      let failures = 0;
      while (!stop.signal.aborted) {
        try {
          const state = await callMain('getContent', since === undefined ? {} : { since, waitMs: WAIT_MS });
          if (stop.signal.aborted) return;
          if (state.version !== since) setContent({ state, error: null });
          since = state.version;
          failures = 0;
        } catch (error) {
          if (stop.signal.aborted) return;
          if (error instanceof ApiCallError && error.error.code === 'forbidden') {
            setContent({
              state: null,
              error:
                'This page was opened without its token. Open the full address that npm run serve printed, including the part after #.',
            });
            return;
          }
          failures++;
          setContent((current) => ({
            ...current,
            error: 'The preview cannot reach the kiosk host. Is npm run serve -- --preview still running?',
          }));
          await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** failures)));
        }
      }
    })();
    return () => stop.abort();
  }, []);
  return content;
}
