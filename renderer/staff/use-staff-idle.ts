import { useEffect } from 'react';
import { callMain } from '../api';
import { useKiosk } from '../store';
import { KEEP_ALIVE_MS, staffExpired } from './staff-idle';

/** Locks staff mode in main and goes back to the kiosk. */
export async function lockAndLeave(): Promise<void> {
  useKiosk.getState().closeStaff();
  try {
    await callMain('lockStaff', {});
  } catch (error) {
    // Main's own session ends by itself two minutes after the last staff call anyway.
    console.warn('[kiosk] lockStaff failed:', error);
  }
}

/**
 * While staff mode is open: every touch or key keeps it open (and, every half minute, main's
 * session too); two minutes without one lock it and bring back the attract loop.
 */
export function useStaffIdle(open: boolean): void {
  useEffect(() => {
    if (!open) return;
    let lastTouch = Date.now();
    let lastCall = lastTouch;
    const onTouch = () => {
      lastTouch = Date.now();
      if (lastTouch - lastCall < KEEP_ALIVE_MS) return;
      lastCall = lastTouch;
      // Keeps main's session open while staff read; a refusal shows on the next staff call.
      callMain('staffState', {}).catch((error: unknown) => console.warn('[kiosk] staffState failed:', error));
    };
    const timer = setInterval(() => {
      if (staffExpired(lastTouch, Date.now())) void lockAndLeave(); // lockAndLeave logs its own failure
    }, 1000);
    window.addEventListener('pointerdown', onTouch, { capture: true, passive: true });
    window.addEventListener('keydown', onTouch, { capture: true });
    window.addEventListener('input', onTouch, { capture: true });
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', onTouch, { capture: true });
      window.removeEventListener('keydown', onTouch, { capture: true });
      window.removeEventListener('input', onTouch, { capture: true });
    };
  }, [open]);
}
