import { useEffect } from 'react';
import type { Content } from '../main/api';
import { idleWarning, isIdle } from './store/session';
import { useKiosk } from './store';
import { useClock } from './use-clock';

/**
 * Sends the kiosk back to the attract loop once a visitor has walked away, and returns the
 * seconds left while the visitor should be warned (null otherwise). Any touch, key press or typing
 * counts (an on-screen keyboard types without key presses).
 */
export function useIdleReset(idle: Content['idle'] | undefined): number | null {
  const now = useClock(1000);
  const resetMs = (idle?.resetSeconds ?? Infinity) * 1000;
  const warningMs = (idle?.warningSeconds ?? 0) * 1000;
  const expired = useKiosk((state) => isIdle(state.session, now, resetMs));
  const secondsLeft = useKiosk((state) => idleWarning(state.session, now, resetMs, warningMs));
  const home = useKiosk((state) => state.home);
  const touch = useKiosk((state) => state.touch);
  useEffect(() => {
    if (expired) home();
  }, [expired, home]);
  useEffect(() => {
    const onActivity = () => touch();
    window.addEventListener('pointerdown', onActivity, { passive: true });
    window.addEventListener('keydown', onActivity);
    window.addEventListener('input', onActivity);
    return () => {
      window.removeEventListener('pointerdown', onActivity);
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('input', onActivity);
    };
  }, [touch]);
  return secondsLeft;
}
