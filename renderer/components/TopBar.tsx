import { selectLocalized, useKiosk } from '../store';
import { LanguageToggle } from './LanguageToggle';
import { LargerTextToggle } from './LargerTextToggle';

/** The bar above every visitor screen but the attract loop: home, back, larger text, language. */
export function TopBar({ showBack }: { showBack: boolean }) {
  const words = useKiosk((state) => selectLocalized(state)?.words);
  const back = useKiosk((state) => state.back);
  const home = useKiosk((state) => state.home);
  if (!words) return null;
  return (
    <nav className="top-bar">
      {/* Home first, in the same place on every screen: Back appears beside it, never under a finger that just pressed Back. */}
      <button type="button" className="bar-button" onClick={home}>
        <span aria-hidden="true">⌂</span> {words.home}
      </button>
      {showBack && (
        <button type="button" className="bar-button" onClick={back}>
          <span aria-hidden="true">←</span> {words.back}
        </button>
      )}
      <span className="spacer" />
      <LargerTextToggle />
      <LanguageToggle />
    </nav>
  );
}
