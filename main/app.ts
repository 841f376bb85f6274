import { app } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContentService } from './content/service';
import { createHandlers } from './handlers';
import { registerIpc } from './shell/ipc';
import { registerAppScheme, serveAppProtocol } from './shell/protocol';
import { createKioskWindow } from './shell/window';

// The Electron composition root: each feature is set up by one call, in order.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const contentDir = app.isPackaged
    ? join(process.resourcesPath, 'content')
    : join(app.getAppPath(), 'content');
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  mkdirSync(app.getPath('userData'), { recursive: true });

  const content = await createContentService(contentDir, { log: (line) => console.log(`[kiosk] ${line}`) });
  registerIpc(
    createHandlers({ content, info: { name: app.getName(), version: app.getVersion(), host: 'electron' } }),
  );
  serveAppProtocol({ renderer: rendererDir, content: contentDir });

  const preload = fileURLToPath(new URL('./preload.cjs', import.meta.url));
  const kiosk = process.env.KIOSK_TEST !== '1';
  const window = createKioskWindow(preload, { kiosk });
  app.on('second-instance', () => window.focus());
  app.on('window-all-closed', () => {
    content.close();
    app.quit();
  });
}
