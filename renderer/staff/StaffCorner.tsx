import { useRef, type PointerEvent, type SyntheticEvent } from 'react';
import { useKiosk } from '../store';
import { cornerTap } from './corner-taps';

// Nothing under the corner may see a tap meant for it: not the press, not the click that follows.
const swallow = (event: SyntheticEvent) => {
  event.preventDefault();
  event.stopPropagation();
};

/**
 * The invisible top-left corner: five taps within three seconds open the PIN pad. It lies over
 * whatever is drawn there and takes every pointer event in its 80×80 px, so a tap on it never
 * presses the button beneath (and ordinary taps anywhere else never count).
 */
export function StaffCorner() {
  const taps = useRef<number[]>([]);
  const openStaff = useKiosk((state) => state.openStaff);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    swallow(event);
    // Keeps the rest of this press (its move, release and click) on the corner, wherever the finger slides.
    if (event.currentTarget.setPointerCapture && event.pointerId !== undefined) {
      try {
        event.currentTarget.setPointerCapture(event.pointerId);
      } catch {
        // a synthetic pointer (tests, assistive tech) has nothing to capture
      }
    }
    const next = cornerTap(taps.current, Date.now());
    taps.current = next.taps;
    if (next.open) openStaff();
  };
  return (
    <div
      className="staff-corner"
      aria-hidden="true"
      data-testid="staff-corner"
      onPointerDown={onPointerDown}
      onPointerUp={swallow}
      onMouseDown={swallow}
      onMouseUp={swallow}
      onClick={swallow}
      onContextMenu={swallow}
    />
  );
}
