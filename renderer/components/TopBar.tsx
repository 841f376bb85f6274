import { selectLocalized, useKiosk } from '../store';
import { LanguageToggle } from './LanguageToggle';

/** The bar above every visitor screen but the attract loop: back, home, language. */
export function TopBar({ showBack }: { showBack: boolean }) {
  const words = useKiosk((state) => selectLocalized(state)?.words);
  const back = useKiosk((state) => state.back);
  const home = useKiosk((state) => state.home);
  if (!words) return null;
  return (
    <nav className="top-bar">
      {showBack && (
        <button type="button" className="nav-button" onClick={back}>
          <span aria-hidden="true">←</span> {words.back}
        </button>
      )}
      <button type="button" className="nav-button" onClick={home}>
        {words.home}
      </button>
      <span className="spacer" />
      <LanguageToggle />
    </nav>
  );
}
