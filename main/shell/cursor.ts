import type { WebContents } from 'electron';
import { createIdleCursor } from './idle-cursor';

/**
 * Hides the mouse pointer over the page after a few seconds without movement, and shows it on the
 * next move. Done from main with a user stylesheet, so no page style (even `!important`) brings it back.
 */
export function hideIdleCursor(contents: WebContents): void {
  let hidden = false;
  let key: Promise<string | null> = Promise.resolve(null);
  const apply = (hide: boolean) => {
    hidden = hide;
    key = key
      .then(async (previous) => {
        if (contents.isDestroyed()) return null;
        if (previous) await contents.removeInsertedCSS(previous);
        // A literal, so it is plain to see (and to Electronegativity) that no page text gets in.
        return hide
          ? contents.insertCSS('html, body, * { cursor: none !important; }', { cssOrigin: 'user' })
          : null;
      })
      .catch(() => null);
  };
  const cursor = createIdleCursor(apply);
  contents.on('before-mouse-event', (_event, mouse) => {
    if (mouse.type === 'mouseMove') cursor.moved();
  });
  // A reload drops inserted styles: put the rule back if the pointer is meant to be hidden.
  contents.on('did-finish-load', () => {
    key = Promise.resolve(null);
    if (hidden) apply(true);
  });
  contents.once('destroyed', () => cursor.stop());
}
