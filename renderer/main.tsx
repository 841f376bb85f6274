import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles.css';
import './signup.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { syncContent } from './content-sync';
import { refreshSignupStatus } from './signup-calls';

// Stop asking for content when the page goes away, so an unload never leaves a loop behind.
const leaving = new AbortController();
window.addEventListener('pagehide', () => leaving.abort(), { once: true });
syncContent(leaving.signal).catch((error: unknown) => console.error('[kiosk] content sync stopped:', error));
// Staff see at once when signups cannot be saved, not only after a visitor's try.
void refreshSignupStatus();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
