import { selectLocalized, useKiosk } from '../store';

/** "Larger text": makes what visitors read bigger, until the next visitor. */
export function LargerTextToggle() {
  const label = useKiosk((state) => selectLocalized(state)?.words.largerText);
  const on = useKiosk((state) => state.session.largerText);
  const toggle = useKiosk((state) => state.toggleLargerText);
  if (!label) return null;
  return (
    <button type="button" className="bar-button larger-text-toggle" aria-pressed={on} onClick={toggle}>
      <span aria-hidden="true" className="larger-text-icon">
        A<span>A</span>
      </span>{' '}
      {label}
    </button>
  );
}
