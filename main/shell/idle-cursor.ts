/** After this long without the mouse moving, the pointer disappears (touch kiosks have no use for it). */
export const HIDE_CURSOR_AFTER_MS = 3_000;

/** Tells whether the pointer should show; `moved()` on each mouse move, `stop()` when the window goes. */
export interface IdleCursor {
  moved(): void;
  stop(): void;
}

/**
 * The pointer's policy: hidden once the mouse has been still for `hideAfterMs` (from the start
 * too, as a touch screen never moves it), shown again on the next move. `setHidden` is called
 * only when the state changes.
 */
export function createIdleCursor(
  setHidden: (hidden: boolean) => void,
  hideAfterMs = HIDE_CURSOR_AFTER_MS,
): IdleCursor {
  let hidden = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      hidden = true;
      setHidden(true);
    }, hideAfterMs);
  };
  arm();
  return {
    moved() {
      if (hidden) {
        hidden = false;
        setHidden(false);
      }
      arm();
    },
    stop: () => clearTimeout(timer),
  };
}
