import { useEffect, useRef, useState } from 'react';

/**
 * The current time, read again only when `nextChange(now)` says what the caller shows will next
 * change (a slide's turn, a second of a countdown), never on a ticking clock: a screen that does
 * not change is not redrawn. Null from `nextChange` means nothing is due.
 */
export function useTimeline(nextChange: (now: number) => number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const latest = useRef(nextChange);
  useEffect(() => {
    latest.current = nextChange;
  });
  const due = nextChange(now);
  useEffect(() => {
    if (due === null) return;
    let timer: ReturnType<typeof setTimeout>;
    // Each wake-up sets the next one itself, so a clock that jumps (a laptop waking from sleep, a
    // test's fake clock) still passes through every change, not only the first.
    const wake = () => {
      const time = Date.now();
      setNow(time);
      const next = latest.current(time);
      if (next !== null) timer = setTimeout(wake, Math.max(0, next - time));
    };
    timer = setTimeout(wake, Math.max(0, due - Date.now()));
    return () => clearTimeout(timer);
  }, [due]);
  return now;
}
