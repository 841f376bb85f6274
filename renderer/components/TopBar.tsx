import { selectLocalized, useKiosk } from '../store';
import { JoinButton } from './JoinButton';
import { LanguageToggle } from './LanguageToggle';

/** The bar above every visitor screen but the attract loop: back, home, join, language. */
export function TopBar({ showBack, join = true }: { showBack: boolean; join?: boolean }) {
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
      {join && <JoinButton />}
      <LanguageToggle />
    </nav>
  );
}
