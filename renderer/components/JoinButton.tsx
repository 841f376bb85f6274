import { selectLocalized, useKiosk } from '../store';

/**
 * "Join the campaign": opens the signup form from any visitor screen. Absent when the content
 * takes no signups. On the attract loop it handles its own tap, so the loop does not start too.
 */
export function JoinButton() {
  const label = useKiosk((state) => selectLocalized(state)?.signup?.button);
  const openSignup = useKiosk((state) => state.openSignup);
  if (!label) return null;
  return (
    <button
      type="button"
      className="join-button"
      onClick={(event) => {
        event.stopPropagation();
        openSignup();
      }}
    >
      {label}
    </button>
  );
}
