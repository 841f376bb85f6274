/** Where and when a finger came down. */
export interface Tap {
  x: number;
  y: number;
  time: number;
}

/** A second tap this soon after a navigation, this close to the first, is the same tap doubled. */
export const DOUBLE_TAP_MS = 400;
export const DOUBLE_TAP_PX = 48;

/**
 * Whether `tap` is the second half of a double tap whose first half (`first`) moved the visitor to
 * another screen: it would press whatever now lies under the finger, a second navigation nobody meant.
 */
export const isSecondTap = (first: Tap | null, tap: Tap): boolean =>
  first !== null &&
  tap.time - first.time < DOUBLE_TAP_MS &&
  Math.hypot(tap.x - first.x, tap.y - first.y) < DOUBLE_TAP_PX;
