import { useEffect } from 'react';
import { isIdle } from './store/session';
import { useKiosk } from './store';
import { useClock } from './use-clock';

/** Sends the kiosk back to the attract loop once a visitor has walked away. */
export function useIdleReset(resetSeconds: number | undefined): void {
  const now = useClock(1000);
  const idle = useKiosk(
    (state) => resetSeconds !== undefined && isIdle(state.session, now, resetSeconds * 1000),
  );
  const home = useKiosk((state) => state.home);
  const touch = useKiosk((state) => state.touch);
  useEffect(() => {
    if (idle) home();
  }, [idle, home]);
  useEffect(() => {
    const onActivity = () => touch();
    window.addEventListener('pointerdown', onActivity, { passive: true });
    window.addEventListener('keydown', onActivity);
    return () => {
      window.removeEventListener('pointerdown', onActivity);
      window.removeEventListener('keydown', onActivity);
    };
  }, [touch]);
}
