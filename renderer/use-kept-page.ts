import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { afterPaint } from './after-paint';
import { useKiosk } from './store';

/**
 * A ref for the scrolling page of a screen kept built while hidden (the questions, an answer).
 *
 * Shown, the page starts at its top each time, as a page built anew would: no visitor finds the
 * place another one scrolled to. It is set as the page is shown, before that frame is drawn: a
 * hidden page keeps no scroll to set.
 *
 * Hidden, the page is laid out once, unseen, for a frame (data-warming, styles.css) after it is
 * built and whenever `contents` or the text size change: content-visibility keeps only what was
 * laid out, and the first tap to show it would otherwise lay it all out while the visitor waits.
 * One page a frame: all of them at once took a cheap laptop longer than a frame may.
 */
export function useKeptPage<T extends HTMLElement>(shown: boolean, contents: unknown): RefObject<T | null> {
  const page = useRef<T>(null);
  const largerText = useKiosk((state) => state.session.largerText);
  useLayoutEffect(() => {
    if (shown && page.current) page.current.scrollTop = 0;
  }, [shown]);
  // What the page was last laid out with, shown or warmed: hiding it again needs no new layout.
  const laidOut = useRef<{ contents: unknown; largerText: boolean } | null>(null);
  useEffect(() => {
    const element = page.current;
    const last = laidOut.current;
    if (!element) return;
    if (shown || (last !== null && last.contents === contents && last.largerText === largerText)) {
      laidOut.current = { contents, largerText };
      return;
    }
    let stopped = false;
    warmSoon(() => {
      if (stopped) return;
      laidOut.current = { contents, largerText };
      const warmed = new Set([element, element.closest<HTMLElement>('.screen') ?? element]);
      for (const each of warmed) each.dataset.warming = '';
      return () => {
        for (const each of warmed) delete each.dataset.warming;
      };
    });
    return () => {
      stopped = true;
    };
  }, [shown, contents, largerText]);
  return page;
}

// Pages waiting to be laid out, one a frame whatever asked for them (a page built, new content,
// larger text for all of them at once). Each starts its frame and returns what ends it.
const waiting: (() => (() => void) | undefined)[] = [];

function warmSoon(warm: () => (() => void) | undefined): void {
  waiting.push(warm);
  if (waiting.length === 1) afterPaint(warmNext);
}

function warmNext(): void {
  const end = waiting[0]?.();
  afterPaint(() => {
    end?.();
    waiting.shift();
    if (waiting.length) warmNext();
  });
}
