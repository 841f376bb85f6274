import { app } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the Electron kiosk finds its files: content beside the program when packaged. */
export function appPaths(bundleUrl: string): {
  content: string;
  data: string;
  renderer: string;
  preload: string;
} {
  return {
    content: app.isPackaged ? join(process.resourcesPath, 'content') : join(app.getAppPath(), 'content'),
    data: app.getPath('userData'),
    renderer: fileURLToPath(new URL('../renderer/', bundleUrl)),
    preload: fileURLToPath(new URL('./preload.cjs', bundleUrl)),
  };
}
