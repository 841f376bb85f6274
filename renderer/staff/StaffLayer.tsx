import '../staff.css';
import { useKiosk } from '../store';
import { Checklist } from './Checklist';
import { Dashboard } from './Dashboard';
import { ExportScreen } from './ExportScreen';
import { PinPad } from './PinPad';
import { StaffCorner } from './StaffCorner';
import { lockAndLeave, useStaffIdle } from './use-staff-idle';
import { useStaffChord } from './use-staff-gestures';

const TABS = [
  { view: 'checklist', label: 'Checklist' },
  { view: 'dashboard', label: 'Dashboard' },
  { view: 'export', label: 'Export' },
] as const;

/**
 * Staff mode over the kiosk: the hidden corner and Ctrl+Shift+K open a PIN pad, then the
 * checklist, dashboard and export screens. It covers the visitor screens whole, and locks itself
 * after two minutes without a touch.
 */
export function StaffLayer() {
  const view = useKiosk((state) => state.staff.view);
  const showStaff = useKiosk((state) => state.showStaff);
  useStaffChord();
  useStaffIdle(view !== 'closed');
  if (view === 'closed') return <StaffCorner />;
  return (
    <div className="staff-layer" role="dialog" aria-modal="true" aria-label="Staff mode" lang="en">
      {view === 'pin' ? (
        <PinPad />
      ) : (
        <>
          <nav className="staff-bar" aria-label="Staff screens">
            {TABS.map((tab) => (
              <button
                key={tab.view}
                type="button"
                className="staff-tab"
                aria-current={view === tab.view ? 'page' : undefined}
                onClick={() => showStaff(tab.view)}
              >
                {tab.label}
              </button>
            ))}
            <span className="staff-bar-space" />
            <button type="button" className="staff-button lock" onClick={() => void lockAndLeave()}>
              Lock and leave
            </button>
          </nav>
          <div className="staff-body">
            {view === 'checklist' && <Checklist />}
            {view === 'dashboard' && <Dashboard />}
            {view === 'export' && <ExportScreen />}
          </div>
        </>
      )}
    </div>
  );
}
