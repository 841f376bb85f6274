import { useCallback } from 'react';

/**
 * A ref callback that moves keyboard and screen-reader focus to an element when it appears, so a
 * new screen is announced from its title instead of leaving focus on a button that is gone.
 */
export function useFocusOnMount<T extends HTMLElement>(): (element: T | null) => void {
  return useCallback((element: T | null) => element?.focus({ preventScroll: true }), []);
}
