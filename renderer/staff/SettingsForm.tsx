import { useState, type FormEvent } from 'react';
import type { KioskSettings } from '../../main/api';
import { failureText, staffCall } from './staff-calls';

/** The kiosk id and event name, stamped on every new signup so exports say where it came from. */
export function SettingsForm({ settings, onSaved }: { settings: KioskSettings; onSaved: () => void }) {
  const [kioskId, setKioskId] = useState(settings.kioskId);
  const [event, setEvent] = useState(settings.event);
  const [message, setMessage] = useState<string | null>(null);
  const save = async (submit: FormEvent) => {
    submit.preventDefault();
    try {
      const saved = await staffCall('saveStaffSettings', { kioskId, event });
      if (!saved) return;
      setKioskId(saved.kioskId);
      setEvent(saved.event);
      setMessage(
        saved.kioskId && saved.event
          ? `Saved. New signups are marked "${saved.kioskId}" at "${saved.event}".`
          : 'Saved. Fill in both, so every signup says where it came from.',
      );
      onSaved();
    } catch (error) {
      setMessage(failureText(error));
    }
  };
  return (
    <form className="staff-card settings-form" onSubmit={(submit) => void save(submit)}>
      <h2>This kiosk</h2>
      <label>
        Kiosk id <span className="field-hint">(a short name for this kiosk, like table-1)</span>
        <input value={kioskId} maxLength={40} onChange={(change) => setKioskId(change.target.value)} />
      </label>
      <label>
        Event name <span className="field-hint">(like Nurses Conference 2026)</span>
        <input value={event} maxLength={120} onChange={(change) => setEvent(change.target.value)} />
      </label>
      <button type="submit" className="staff-button primary">
        Save
      </button>
      {message && (
        <p className="staff-note-line" role="status">
          {message}
        </p>
      )}
    </form>
  );
}
