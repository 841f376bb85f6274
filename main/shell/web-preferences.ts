import type { WebPreferences } from 'electron';

/**
 * The kiosk window's web preferences: a sandboxed page with no Node, isolated from its preload,
 * no webviews and no DevTools. Kept apart from the window code so a test can read it.
 */
export function kioskWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: false,
  };
}
