import { useKiosk } from './store';

declare global {
  interface Window {
    /** Present only when the page address asks for it (`#...&inspect`): what the store holds of the visitor. */
    kioskInspect?: () => unknown;
  }
}

/**
 * The one seam for end-to-end tests: with `inspect` in the page address's fragment, a copy of the
 * visitor's part of the store can be read, so a test can prove a reset leaves nothing behind.
 * It reads, never writes; a kiosk started normally has no such fragment.
 */
export function exposeForTests(): void {
  if (!new URLSearchParams(window.location.hash.slice(1)).has('inspect')) return;
  window.kioskInspect = () => {
    const { session, signup } = useKiosk.getState();
    return structuredClone({ session, signup });
  };
}
