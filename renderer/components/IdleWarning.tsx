import { useEffect, useRef } from 'react';
import { selectLocalized, useKiosk } from '../store';

/** Asks a visitor who has stopped touching the kiosk whether they are still there. */
export function IdleWarning({ secondsLeft }: { secondsLeft: number }) {
  const words = useKiosk((state) => selectLocalized(state)?.words);
  const touch = useKiosk((state) => state.touch);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  if (!words) return null;
  return (
    <div className="backdrop">
      <div
        className="dialog idle-warning"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-warning-text"
      >
        <p id="idle-warning-text">{words.idleWarning.replace('{seconds}', String(secondsLeft))}</p>
        <button ref={button} type="button" className="start-button" onClick={touch}>
          {words.stillHere}
        </button>
      </div>
    </div>
  );
}
