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
      // Back to full size (the style sheet's 1) only if it was shrunk: a write here would make the
      // read below lay the page out again, and most slides fit as they are.
      if (element.style.getPropertyValue('--fit')) element.style.removeProperty('--fit');
      while (scale > SMALLEST && element.scrollHeight > element.clientHeight + 1) {
        scale = Math.round((scale - STEP) * 100) / 100;
        element.style.setProperty('--fit', String(scale));
      }
    };
    if (typeof ResizeObserver === 'undefined') {
      fit();
      return undefined;
    }
    // Its first report comes once the page is laid out and before it is painted: measured then,
    // a screen that appears (every slide of the attract loop at once) forces no layout of its own.
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
}
