import { selectLocalized, useKiosk } from '../store';
import { useFocusOnShow } from '../use-focus-on-show';
import { Dialog } from './Dialog';

/**
 * Asks a visitor who has stopped touching the kiosk whether they are still there, with the seconds
 * left in large figures. "I'm still here" (or any touch) keeps their place, as often as they like.
 */
export function IdleWarning({ secondsLeft }: { secondsLeft: number }) {
  const words = useKiosk((state) => selectLocalized(state)?.words);
  const touch = useKiosk((state) => state.touch);
  const focusButton = useFocusOnShow<HTMLButtonElement>();
  if (!words) return null;
  return (
    <Dialog titleId="idle-warning-text" className="idle-warning" alert onTap={() => touch()}>
      <p className="idle-seconds" aria-hidden="true">
        {secondsLeft}
      </p>
      <p id="idle-warning-text">{words.idleWarning.replace('{seconds}', String(secondsLeft))}</p>
      {/* The tap reaches the dialog's own handler, which answers it. */}
      <button ref={focusButton} type="button" className="still-here-button">
        {words.stillHere}
      </button>
    </Dialog>
  );
}
