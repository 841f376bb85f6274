import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { syncContent } from './content-sync';

// Stop asking for content when the page goes away, so an unload never leaves a loop behind.
const leaving = new AbortController();
window.addEventListener('pagehide', () => leaving.abort(), { once: true });
syncContent(leaving.signal).catch((error: unknown) => console.error('[kiosk] content sync stopped:', error));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
