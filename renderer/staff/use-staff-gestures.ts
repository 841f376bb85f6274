import { useEffect } from 'react';
import { useKiosk } from '../store';

/** True for Ctrl+Shift+K, the keyboard's way to the PIN pad. */
export const isStaffChord = (event: KeyboardEvent): boolean =>
  event.ctrlKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k';

/** Opens the PIN pad on Ctrl+Shift+K (the hidden corner is the touch screen's way). */
export function useStaffChord(): void {
  const openStaff = useKiosk((state) => state.openStaff);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isStaffChord(event)) return;
      event.preventDefault();
      openStaff();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openStaff]);
}
