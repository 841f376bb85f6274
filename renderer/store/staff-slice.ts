import type { StateCreator } from 'zustand';
import type { Store } from './index';

/** The screens of staff mode; `closed` is the visitor kiosk. */
export type StaffView = 'closed' | 'pin' | 'checklist' | 'dashboard' | 'export';

/** Staff mode as the renderer shows it. Whether it is unlocked is main's to say, never this slice's. */
export interface StaffSlice {
  staff: {
    view: StaffView;
    /** Said on the PIN pad when staff mode locked itself (main's session ended, or nobody touched). */
    notice: string | null;
  };
  /** The unlock gesture: shows the PIN pad. */
  openStaff: () => void;
  /** A staff screen, once main has unlocked staff mode. */
  showStaff: (view: Exclude<StaffView, 'closed' | 'pin'>) => void;
  /** Main refused a staff call as locked: back to the PIN pad, saying why. */
  staffLocked: (notice: string) => void;
  /** Back to the visitor kiosk, on its attract loop. */
  closeStaff: () => void;
}

export const createStaffSlice: StateCreator<Store, [], [], StaffSlice> = (set, get) => ({
  staff: { view: 'closed', notice: null },
  openStaff: () => {
    if (get().staff.view !== 'closed') return;
    set({ staff: { view: 'pin', notice: null } });
    // Whoever was at the kiosk has left it to staff: the visitor screens start over underneath,
    // so nothing of a visitor's stays behind staff mode. (Set after the view, so the visit
    // counts do not take this for a visitor walking away.)
    get().home();
  },
  showStaff: (view) => set({ staff: { view, notice: null } }),
  staffLocked: (notice) => set({ staff: { view: 'pin', notice } }),
  closeStaff: () => {
    set({ staff: { view: 'closed', notice: null } });
    get().home();
  },
});
