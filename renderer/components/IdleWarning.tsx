import { selectLocalized, useKiosk } from '../store';
import { useFocusOnMount } from '../use-focus-on-mount';
import { Dialog } from './Dialog';

/** Asks a visitor who has stopped touching the kiosk whether they are still there. */
export function IdleWarning({ secondsLeft }: { secondsLeft: number }) {
  const words = useKiosk((state) => selectLocalized(state)?.words);
  const touch = useKiosk((state) => state.touch);
  const focusButton = useFocusOnMount<HTMLButtonElement>();
  if (!words) return null;
  return (
    <Dialog titleId="idle-warning-text" className="idle-warning" alert>
      <p id="idle-warning-text">{words.idleWarning.replace('{seconds}', String(secondsLeft))}</p>
      <button ref={focusButton} type="button" className="start-button" onClick={touch}>
        {words.stillHere}
      </button>
    </Dialog>
  );
}
