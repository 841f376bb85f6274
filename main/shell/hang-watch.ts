import type { WebContents } from 'electron';

/** How long a page may stay unresponsive before the kiosk ends and reloads it. */
export const HANG_MS = 10_000;

/**
 * Calls `onHang` when the page has been unresponsive for `hangMs` without recovering. Chromium
 * reports a hang (`unresponsive`) and a recovery (`responsive`); a short hang during a heavy
 * moment is left alone.
 */
export function watchForHang(contents: WebContents, onHang: () => void, hangMs = HANG_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(timer);
  contents.on('unresponsive', () => {
    cancel();
    timer = setTimeout(onHang, hangMs);
  });
  contents.on('responsive', cancel);
  contents.on('render-process-gone', cancel);
  contents.once('destroyed', cancel);
}
