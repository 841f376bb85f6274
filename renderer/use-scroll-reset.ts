import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref for the scrolling page of a screen kept built while hidden (the questions, an answer) that
 * puts it at its top each time it is shown, as a page built anew would be: no visitor finds the
 * place another one scrolled to. Set as it is shown, before that frame is drawn, rather than as it
 * is hidden: a hidden page keeps no layout to scroll (styles.css) and ignores the change.
 */
export function useScrollTopOnShow<T extends HTMLElement>(shown: boolean): RefObject<T | null> {
  const page = useRef<T>(null);
  useLayoutEffect(() => {
    if (shown && page.current) page.current.scrollTop = 0;
  }, [shown]);
  return page;
}
