import { callMain } from './api';
import { useKiosk } from './store';
import { parsePreview } from './store/preview';

/**
 * On a kiosk page the organizer's preview opened (`index.html?preview&screen=...`), pins the page
 * to what its address asks, once the host says it runs in preview mode (`npm run serve --
 * --preview`). On any other host the address is ignored: a kiosk is never pinned by an address.
 */
export async function followPreviewAddress(): Promise<void> {
  const pin = parsePreview(window.location.search);
  if (!pin) return;
  const info = await callMain('getInfo', {});
  if (info.preview) useKiosk.getState().pinPreview(pin);
}
