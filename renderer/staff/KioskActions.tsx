import { useState } from 'react';
import { failureText, staffCall } from './staff-calls';

/** Reload the content now, and quit the kiosk (asked twice: it leaves the table without a kiosk). */
export function KioskActions() {
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const reload = async () => {
    try {
      const state = await staffCall('reloadContent', {});
      if (!state) return;
      const errors = state.problems.filter((problem) => problem.severity === 'error').length;
      setMessage(
        errors
          ? `The content has ${errors} error(s); visitors keep the last good content. See the checklist.`
          : 'Content reloaded.',
      );
    } catch (error) {
      setMessage(failureText(error));
    }
  };
  const quit = async () => {
    try {
      const answer = await staffCall('quitKiosk', {});
      if (!answer) return;
      setMessage(answer.quitting ? 'The kiosk is closing…' : 'This kiosk cannot close itself from here.');
    } catch (error) {
      setMessage(failureText(error));
    }
    setConfirming(false);
  };
  return (
    <div className="staff-card">
      <h2>The kiosk</h2>
      <div className="staff-actions">
        <button type="button" className="staff-button" onClick={() => void reload()}>
          Reload content
        </button>
        {!confirming && (
          <button type="button" className="staff-button danger" onClick={() => setConfirming(true)}>
            Quit kiosk
          </button>
        )}
      </div>
      {confirming && (
        <div className="staff-confirm" role="alertdialog" aria-labelledby="quit-title">
          <p id="quit-title">Quit the kiosk? The screen shows the computer until someone starts it again.</p>
          <div className="staff-actions">
            <button type="button" className="staff-button danger" onClick={() => void quit()}>
              Yes, quit the kiosk
            </button>
            <button type="button" className="staff-button" onClick={() => setConfirming(false)}>
              No, keep it running
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className="staff-note-line" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
