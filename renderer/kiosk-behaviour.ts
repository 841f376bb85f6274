import { DOUBLE_TAP_MS, isSecondTap, type Tap } from './double-tap';
import { useKiosk } from './store';

/**
 * What a public touch screen needs of the page beyond CSS: no context menu (a long press), no
 * dragging of pictures, and a double tap that moves the visitor once, not twice. CSS does the rest
 * (no selection, no zoom, no overscroll). Returns the function that undoes it, for tests.
 */
export function installKioskBehaviour(): () => void {
  let lastDown: Tap | null = null;
  let navigation: Tap | null = null;
  let swallow = false;
  const prevent = (event: Event) => event.preventDefault();
  const down = (event: PointerEvent) => {
    const tap = { x: event.clientX, y: event.clientY, time: Date.now() };
    swallow = isSecondTap(navigation, tap);
    lastDown = tap;
  };
  const click = (event: MouseEvent) => {
    if (!swallow) return;
    swallow = false;
    event.stopPropagation();
    event.preventDefault();
  };
  // A new screen, or a new answer, is a navigation; the tap that caused it is the last one down.
  const unsubscribe = useKiosk.subscribe((state, previous) => {
    const now = Date.now();
    // Only a tap just made moved the visitor; a reset after a long quiet is no double tap's first half.
    if (
      state.session.screen !== previous.session.screen &&
      lastDown &&
      now - lastDown.time < DOUBLE_TAP_MS * 4
    )
      navigation = { ...lastDown, time: now };
  });
  window.addEventListener('contextmenu', prevent);
  window.addEventListener('dragstart', prevent);
  window.addEventListener('pointerdown', down, { capture: true });
  window.addEventListener('click', click, { capture: true });
  return () => {
    unsubscribe();
    window.removeEventListener('contextmenu', prevent);
    window.removeEventListener('dragstart', prevent);
    window.removeEventListener('pointerdown', down, { capture: true });
    window.removeEventListener('click', click, { capture: true });
  };
}
