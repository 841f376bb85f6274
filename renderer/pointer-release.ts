// Fingers on the screen now. Counted from the start, since the press that matters (on the
// submit button, say) is the one already under way when a field loses focus.
const pressed = new Set<number>();
const waiting: (() => void)[] = [];

// Longest a reveal waits, should a pointer's release never be reported.
const MAX_WAIT_MS = 1500;
// A tap's click follows its release by a few milliseconds; this lets it land first.
const CLICK_MS = 60;

function release(event: PointerEvent) {
  pressed.delete(event.pointerId);
  if (pressed.size > 0) return;
  const resolvers = waiting.splice(0);
  setTimeout(() => resolvers.forEach((resolve) => resolve()), CLICK_MS);
}

if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', (event) => pressed.add(event.pointerId), { capture: true });
  window.addEventListener('pointerup', release, { capture: true });
  window.addEventListener('pointercancel', release, { capture: true });
}

/**
 * Resolves once no finger is on the screen and the tap's click has landed. What changes the layout
 * waits for it, so a message appearing above a button never moves the button from under the
 * finger that is pressing it (the press would then miss).
 */
export function untilPointerReleased(): Promise<void> {
  if (pressed.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      done = true;
      resolve();
    };
    waiting.push(finish);
    setTimeout(() => {
      if (done) return;
      // A release went unreported (a window switch, say): forget the fingers rather than wait forever.
      pressed.clear();
      finish();
    }, MAX_WAIT_MS);
  });
}
