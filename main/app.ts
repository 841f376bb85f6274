import { app } from 'electron';
import { createKiosk } from './kiosk';
import { packageInfo } from './package-info';
import { appPaths } from './shell/app-paths';
import { registerIpc } from './shell/ipc';
import { focusOnSecondInstance, quitWhenClosed, setupSingleInstance } from './shell/lifecycle';
import { registerAppScheme, serveAppProtocol } from './shell/protocol';
import { createKioskWindow } from './shell/window';

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
  const log = (line: string) => console.log(`[kiosk] ${line}`);
  const kiosk = await createKiosk({
    contentDir: paths.content,
    dataDir: paths.data,
    info: { ...packageInfo, host: 'electron' },
    log,
  });
  registerIpc(kiosk.handlers);
  serveAppProtocol({ renderer: paths.renderer, content: paths.content });
  const window = createKioskWindow(paths.preload, { kiosk: process.env.KIOSK_TEST !== '1' });
  focusOnSecondInstance(window);
  quitWhenClosed(() => kiosk.close());
}
