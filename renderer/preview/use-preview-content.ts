import { useEffect, useState } from 'react';
import type { ContentState } from '../../main/api';
import { followContent } from '../follow-content';

/** The content the preview lists, kept current, or why it cannot be had. */
export interface PreviewContent {
  /** Null until the first answer. */
  state: ContentState | null;
  /** In plain words; null while the host answers. */
  error: string | null;
}

/**
 * The content, followed as the kiosk follows it (followContent), so the preview's lists change as
 * soon as an organizer saves a file.
 */
export function usePreviewContent(): PreviewContent {
  const [content, setContent] = useState<PreviewContent>({ state: null, error: null });
  useEffect(() => {
    const stop = new AbortController();
    void followContent(stop.signal, {
      changed: (state) => setContent({ state, error: null }),
      forbidden: () =>
        setContent({
          state: null,
          error:
            'This page was opened without its token. Open the full address that npm run serve printed, including the part after #.',
        }),
      unreachable: () =>
        setContent((current) => ({
          ...current,
          error: 'The preview cannot reach the kiosk host. Is npm run serve -- --preview still running?',
        })),
    });
    return () => stop.abort();
  }, []);
  return content;
}
