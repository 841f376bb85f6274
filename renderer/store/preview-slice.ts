import type { StateCreator } from 'zustand';
import { previewSession, type PreviewPin } from './preview';
import type { Store } from './index';

/** A kiosk page the organizer's preview shows: what it is pinned to. */
export interface PreviewSlice {
  /**
   * Null on a kiosk. Set only when the page's address asks for a preview and the host runs in
   * preview mode: the attract loop then stays on the pinned slide, the idle countdown never runs,
   * and no visit is counted.
   */
  preview: PreviewPin | null;
  /** Pins the page: the pinned screen and language at once, and the rules above from then on. */
  pinPreview: (pin: PreviewPin) => void;
}

export const createPreviewSlice: StateCreator<Store, [], [], PreviewSlice> = (set) => ({
  preview: null,
  // In one update, so what watches the session (visit counts) already sees the pin.
  pinPreview: (pin) => set({ preview: pin, session: previewSession(pin, Date.now()) }),
});
