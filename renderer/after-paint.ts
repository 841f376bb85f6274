/**
 * Runs `then` once the next frame is painted: what a tap shows comes first, and work that can
 * wait (moving focus, counting the visit) comes after it, never in the tap's own work.
 */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}
