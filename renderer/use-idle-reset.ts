import { useEffect } from 'react';
import { afterPaint } from './after-paint';
import { useKiosk } from './store';
import { idleWarning, isIdle, nextIdleChange } from './store/idle';
import { useTimeline } from './use-timeline';

// Everything a visitor does that says they are still here. Scrolls do not bubble: caught on the way down.
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

/**
 * Sends the kiosk back to the attract loop once a visitor has walked away, and returns the seconds
 * left while "Are you still there?" should ask (null otherwise). Touches, keys (hardware or
 * on-screen), typing, scrolls and swipes all count as activity.
 */
export function useIdleReset(): number | null {
  // A page the organizer's preview pinned stays on its screen: nothing times out there.
  const times = useKiosk((state) => (state.preview ? undefined : state.content?.content?.idle));
  const session = useKiosk((state) => state.session);
  const home = useKiosk((state) => state.home);
  const touch = useKiosk((state) => state.touch);
  const now = useTimeline((at) => (times ? nextIdleChange(session, at, times) : null));
  const expired = times !== undefined && isIdle(session, now, times);
  const secondsLeft = times ? idleWarning(session, now, times) : null;

  useEffect(() => {
    if (expired) home();
  }, [expired, home]);
  const asking = secondsLeft !== null;
  useEffect(() => {
    // While "Are you still there?" asks, a press answers it with a tap on the warning itself
    // (IdleWarning), which stays until the tap is done: gone under a finger still pressing, it
    // would let the tap land on whatever lies beneath. Keys still answer at once.
    // Noted once the frame the press or key brings is painted, with the time it happened: noting
    // it redraws the idle guard, which would otherwise come first and delay what the visitor waits
    // to see. A burst of events (a swipe, fast typing) is noted once, at its last.
    let latest: number | null = null;
    const note = () => {
      if (latest !== null) touch(latest);
      latest = null;
    };
    const onActivity = (event: Event) => {
      if (asking && event.type.startsWith('pointer')) return;
      if (latest === null) afterPaint(note);
      latest = Date.now();
    };
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, options);
    window.addEventListener('scroll', onActivity, options);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, options);
      window.removeEventListener('scroll', onActivity, options);
    };
  }, [touch, asking]);

  return secondsLeft;
}
