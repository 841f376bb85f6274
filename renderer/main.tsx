// First: asks for the content before the rest of the script is evaluated.
import { firstContent } from './first-content';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles.css';
import './dialogs.css';
import './qr-card.css';
import './attract.css';
import './pages.css';
import './signup.css';
import './keyboard.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { reportVisits } from './analytics/report-visits';
import { App } from './app';
import { syncContent } from './content-sync';
import { installKioskBehaviour } from './kiosk-behaviour';
import { followPreviewAddress } from './preview-pin';
import { refreshSignupStatus } from './signup-calls';

// Stop asking for content when the page goes away, so an unload never leaves a loop behind.
const leaving = new AbortController();
window.addEventListener('pagehide', () => leaving.abort(), { once: true });
syncContent(leaving.signal, firstContent).catch((error: unknown) =>
  console.error('[kiosk] content sync stopped:', error),
);
// In the organizer's preview only: the screen, language and slide its address asks for.
followPreviewAddress().catch((error: unknown) =>
  console.warn('[kiosk] preview address not followed:', error),
);
// Staff see at once when signups cannot be saved, not only after a visitor's try.
void refreshSignupStatus();
installKioskBehaviour();
// Visit counts for staff mode's dashboard: events only, never anything a visitor typed.
reportVisits();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
