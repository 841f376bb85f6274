/** Why the kiosk may close: staff asked (staff mode, or the key chord), or the machine shuts down. */
export type QuitReason = 'staff' | 'key-chord' | 'system-shutdown';

/** Remembers whether closing the kiosk window has been allowed, and why. */
export interface CloseGate {
  /** Allows closing from now on. */
  open(reason: QuitReason): void;
  /** Null while closing is refused (a visitor's Alt+F4, Cmd+Q, a window manager's close button). */
  readonly reason: QuitReason | null;
}

/**
 * The close policy: the window refuses to close until staff ask or the system shuts down (a
 * kiosk that blocked shutdown would keep the laptop from turning off at the end of the day).
 */
export function createCloseGate(): CloseGate {
  let reason: QuitReason | null = null;
  return {
    open(why) {
      reason ??= why;
    },
    get reason() {
      return reason;
    },
  };
}
