import { useCallback, useEffect, useRef, type SyntheticEvent } from 'react';

/** How long after a pick the frames' own focus moves are undone. */
const SETTLE_MS = 5000;

/**
 * Keeps the organizer's focus in the panel while the frames show what they picked. The kiosk
 * moves focus to each new screen's title, for screen readers; in the preview that would pull the
 * focus out of the panel at every pick (and ring the title in one frame). So for a few seconds
 * after a pick, focus that a frame takes by itself goes back to the panel; focus the organizer
 * moves into a frame (a click or a tap in it, Tab) stays there.
 *
 * Returns `picked`, to call on each pick, and `onFrameLoad`, for each frame's `onLoad`.
 */
export function usePanelFocus(): {
  picked: () => void;
  onFrameLoad: (event: SyntheticEvent<HTMLIFrameElement>) => void;
} {
  const pickedAt = useRef(0);
  const touchedFrameAt = useRef(0);
  useEffect(() => {
    let last: HTMLElement | null = null;
    let tabbedAt = 0;
    const focusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && !(event.target instanceof HTMLIFrameElement))
        last = event.target;
    };
    const keyDown = (event: KeyboardEvent) => {
      if (event.key === 'Tab') tabbedAt = Date.now();
    };
    const blur = () => {
      const now = Date.now();
      const byItself =
        now - pickedAt.current < SETTLE_MS &&
        touchedFrameAt.current < pickedAt.current &&
        now - tabbedAt > 500;
      // Once the focus has landed in the frame.
      setTimeout(() => {
        if (byItself && document.activeElement instanceof HTMLIFrameElement && last?.isConnected)
          last.focus({ preventScroll: true });
      }, 0);
    };
    document.addEventListener('focusin', focusIn);
    document.addEventListener('keydown', keyDown, { capture: true });
    window.addEventListener('blur', blur);
    return () => {
      document.removeEventListener('focusin', focusIn);
      document.removeEventListener('keydown', keyDown, { capture: true });
      window.removeEventListener('blur', blur);
    };
  }, []);
  const picked = useCallback(() => {
    pickedAt.current = Date.now();
  }, []);
  const onFrameLoad = useCallback((event: SyntheticEvent<HTMLIFrameElement>) => {
    // The frame is the kiosk's own page, of this origin: the preview may listen in it.
    const touched = () => (touchedFrameAt.current = Date.now());
    event.currentTarget.contentWindow?.addEventListener('pointerdown', touched, { capture: true });
    event.currentTarget.contentWindow?.addEventListener('keydown', touched, { capture: true });
  }, []);
  return { picked, onFrameLoad };
}
