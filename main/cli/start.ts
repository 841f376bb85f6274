import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../electron-binary';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Entry point of `npm start`: launches the Electron kiosk, fetching its runtime the first time. */
function main(): void {
  let binary = findElectronBinary(root);
  if (!binary.found) {
    console.log('Fetching the Electron runtime (first start only)...');
    spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
      stdio: 'ignore',
      timeout: 300_000,
    });
    binary = findElectronBinary(root);
  }
  if (!binary.found) {
    console.error(
      `The kiosk cannot start as a desktop app here: the Electron runtime could not be fetched (${binary.reason}). ` +
        "This happens on machines without internet access to Electron's downloads. " +
        'Run the same kiosk in a browser instead with "npm run serve" (add "-- --open" to open it full-screen in Chromium), ' +
        'or run "npm start" again once this machine can reach the internet.',
    );
    process.exitCode = 1;
    return;
  }
  const child = spawn(binary.path, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}

main();
