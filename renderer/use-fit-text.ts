import { useCallback } from 'react';

// Smallest a slide's words may shrink to fit: below this they would no longer read from afar.
const SMALLEST = 0.55;
const STEP = 0.05;

/**
 * A ref callback that shrinks an element's text (through the `--fit` factor its CSS multiplies
 * sizes by) until it fits its box, so a long slide never pushes the controls off screen. Measured
 * when the element appears and again when its box changes size, never on a timer.
 */
export function useFitText<T extends HTMLElement>(): (element: T | null) => (() => void) | undefined {
  return useCallback((element: T | null) => {
    if (!element) return undefined;
    let width = -1;
    let height = -1;
    const fit = () => {
      // A change of its own text size would call this again: only a new box counts.
      if (element.clientWidth === width && element.clientHeight === height) return;
      width = element.clientWidth;
      height = element.clientHeight;
      let scale = 1;
      element.style.setProperty('--fit', '1');
      while (scale > SMALLEST && element.scrollHeight > element.clientHeight + 1) {
        scale = Math.round((scale - STEP) * 100) / 100;
        element.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
}
