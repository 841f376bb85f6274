import { app } from 'electron';
import { join } from 'node:path';
import { createKiosk, type Kiosk } from './kiosk';
import { logUncaughtErrors } from './log/process-errors';
import { createRotatingLog } from './log/rotating-log';
import { packageInfo } from './package-info';
import { appPaths } from './shell/app-paths';
import { hideIdleCursor } from './shell/cursor';
import { registerIpc } from './shell/ipc';
import { QUIT_CHORD_LABEL } from './shell/keys';
import { focusOnSecondInstance, quitWhenClosed, setupSingleInstance } from './shell/lifecycle';
import { lockDown } from './shell/lockdown';
import { APP_ENTRY } from './shell/origin';
import { registerAppScheme, serveAppProtocol } from './shell/protocol';
import type { QuitReason } from './shell/close-gate';
import { guardWindowClose } from './shell/quit';
import { restartingPageUrl, type RestartingLook } from './shell/restarting-page';
import { builtInWords } from './content/built-in-words';
import { keepRendererAlive } from './shell/self-heal';
import { keepDisplayAwake } from './shell/stay-awake';
import { createKioskWindow } from './shell/window';
import { windowMode } from './shell/window-mode';

// The Electron composition root: the kiosk is built by createKiosk, each Electron feature by one call.
registerAppScheme();
if (setupSingleInstance()) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[kiosk] could not start:', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const paths = appPaths(import.meta.url);
  const file = createRotatingLog({ dir: join(paths.data, 'logs') });
  const log = (line: string) => {
    console.log(`[kiosk] ${line}`);
    file(line);
  };
  logUncaughtErrors(log);
  // Staff mode's "quit kiosk" opens the close gate; the window, and so the gate, come later.
  let quitKiosk: ((reason: QuitReason) => void) | null = null;
  const kiosk = await createKiosk({
    contentDir: paths.content,
    dataDir: paths.data,
    info: { ...packageInfo, host: 'electron', preview: false },
    log,
    quit: () => quitKiosk?.('staff'),
  });
  registerIpc(kiosk.handlers);
  serveAppProtocol({ renderer: paths.renderer, content: paths.content });

  const look = await lookOf(kiosk);
  const window = createKioskWindow(paths.preload, {
    ...windowMode(process.argv, app.isPackaged),
    background: look.background,
  });
  const quit = guardWindowClose(window, log);
  quitKiosk = quit;
  lockDown(window.webContents, () => quit('key-chord'));
  keepRendererAlive(window.webContents, { entryUrl: APP_ENTRY, restartingUrl: restartingPageUrl(look), log });
  hideIdleCursor(window.webContents);
  keepDisplayAwake();
  focusOnSecondInstance(window);
  quitWhenClosed(() => kiosk.close());
  log(`kiosk started (${packageInfo.version}); staff quit with ${QUIT_CHORD_LABEL}`);
}

/** The campaign's name and colours from the content, or plain ones while the content has errors. */
async function lookOf(kiosk: Kiosk): Promise<RestartingLook> {
  const { content } = await kiosk.handlers.getContent({});
  // Every language the kiosk offers, the default first: whoever stands there can read it.
  const offered = content
    ? [content.defaultLanguage, ...content.languages.map((language) => language.code)]
    : [];
  const lines = [...new Set(offered)].flatMap((lang) => {
    const text = content?.byLanguage[lang]?.words.restarting;
    return text ? [{ lang, text }] : [];
  });
  return {
    title: content?.campaign.name ?? packageInfo.name,
    lines: lines.length ? lines : [{ lang: 'en', text: builtInWords.restarting.en }],
    background: content?.theme.background ?? '#f7f5ef',
    text: content?.theme.text ?? '#1b1b1b',
  };
}
