import { useCallback } from 'react';
import { afterPaint } from './after-paint';
import { useKiosk } from './store';

/**
 * A ref callback that moves keyboard and screen-reader focus to an element when its screen is
 * shown (as it mounts, or, for a screen kept built while hidden, each time `shown` turns true), so
 * a new screen is announced from its title instead of leaving focus on a button that is gone.
 *
 * The focus moves once the new screen is painted: focusing makes the browser lay the page out
 * there and then, which inside the tap's own work would delay the frame a visitor waits for (on a
 * slow laptop, by more than anything else a tap does). If focus went somewhere else meanwhile (the
 * visitor began typing in a field, a form moved it to an error), it stays there. A page the
 * organizer's preview shows in a frame moves nothing: focus there would pull the organizer's out
 * of the preview's panel at every pick.
 */
export function useFocusOnShow<T extends HTMLElement>(shown = true): (element: T | null) => void {
  // A new callback when `shown` changes: React hands it the element again, and that is the cue.
  return useCallback(
    (element: T | null) => {
      if (!element || !shown) return;
      const before = document.activeElement;
      afterPaint(() => {
        if (useKiosk.getState().preview) return;
        const now = document.activeElement;
        if (
          !element.isConnected ||
          element.closest('[hidden]') ||
          (now !== before && now !== document.body && now !== null)
        )
          return;
        element.focus({ preventScroll: true });
      });
    },
    [shown],
  );
}
