import { useState } from 'react';
import type { ExportOutcome } from '../../main/api';
import { Choice } from './Choice';
import { failureText, staffCall } from './staff-calls';
import { useStaffData } from './use-staff-data';

type Preset = 'action-network' | 'mailchimp' | 'all';

const PRESETS: { value: Preset; label: string; hint: string }[] = [
  { value: 'action-network', label: 'Action Network', hint: 'people who agreed to emails or texts' },
  { value: 'mailchimp', label: 'Mailchimp', hint: 'people who agreed to emails' },
  { value: 'all', label: 'All fields', hint: 'everyone, every detail: for organizers only' },
];
const SINCE = [
  { value: 'last', label: 'Since the last export', hint: 'only new signups' },
  { value: 'everything', label: 'Everything', hint: 'every signup this kiosk holds' },
] as const;

// The outcome appears below the button: bring it into view, so nobody misses what happened.
const showIt = (element: HTMLElement | null) => element?.scrollIntoView?.({ block: 'nearest' });

function Outcome({ outcome }: { outcome: ExportOutcome }) {
  if (!outcome.ok) {
    return (
      <div className="export-outcome fix" role="alert" ref={showIt}>
        <p className="outcome-title">Nothing was exported.</p>
        <p>{outcome.message}</p>
      </div>
    );
  }
  return (
    <div className="export-outcome ok" role="status" ref={showIt}>
      <p className="outcome-title">
        Done: {outcome.rows} row{outcome.rows === 1 ? '' : 's'} saved.
      </p>
      <p>
        The file is <code>{outcome.file}</code>. If it is on a USB stick, you may take the stick out now.
      </p>
      {outcome.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

/** Getting signups off the kiosk: which format, which signups, where to; then what happened, in plain words. */
export function ExportScreen() {
  const places = useStaffData('listExportDestinations');
  const [preset, setPreset] = useState<Preset>('action-network');
  const [since, setSince] = useState<'last' | 'everything'>('last');
  const [folder, setFolder] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const destinations = places.data?.destinations ?? [];
  const chosen = destinations.find((place) => place.path === folder) ?? destinations[0] ?? null;

  const run = async (what: 'signups' | 'analytics') => {
    if (!chosen) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result =
        what === 'signups'
          ? await staffCall('exportSignups', { folder: chosen.path, preset, since })
          : await staffCall('exportAnalytics', { folder: chosen.path });
      if (result) setOutcome(result);
    } catch (error) {
      setOutcome({ ok: false, message: failureText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="staff-screen" aria-labelledby="export-title">
      <h1 id="export-title">Export signups</h1>
      <div className="staff-columns">
        <div>
          <div className="staff-card">
            <h2>1. For</h2>
            <Choice name="preset" options={PRESETS} value={preset} onChange={setPreset} />
          </div>
          <div className="staff-card">
            <h2>2. Which signups</h2>
            <Choice name="since" options={SINCE} value={since} onChange={setSince} />
          </div>
        </div>
        <div>
          <div className="staff-card">
            <h2>3. Save to</h2>
            {places.error && <p className="staff-error">{places.error}</p>}
            <Choice
              name="destination"
              options={destinations.map((place) => ({
                value: place.path,
                label: place.kind === 'removable' ? `USB stick: ${place.label}` : place.label,
                hint: place.readOnly ? `${place.path} (locked: slide its switch off)` : place.path,
              }))}
              value={chosen?.path ?? ''}
              onChange={setFolder}
            />
            <button type="button" className="staff-button" onClick={places.reload}>
              Look for USB sticks again
            </button>
          </div>
          <div className="staff-actions">
            <button
              type="button"
              className="staff-button primary big"
              disabled={busy || !chosen}
              onClick={() => void run('signups')}
            >
              {busy ? 'Exporting…' : 'Export'}
            </button>
            <button
              type="button"
              className="staff-button"
              disabled={busy || !chosen}
              onClick={() => void run('analytics')}
            >
              Export visit counts (no personal data)
            </button>
          </div>
          {outcome && <Outcome outcome={outcome} />}
        </div>
      </div>
    </section>
  );
}
