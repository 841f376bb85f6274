import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createContentService } from '../content/service';
import { createHandlers } from '../handlers';
import { repoPaths } from '../paths';
import { startBrowserHost } from './server';

const USAGE = `Usage: npm run serve -- [--port N] [--content DIR] [--data-dir DIR] [--open]

  --port N         port on 127.0.0.1 to listen on (default 0: any free port)
  --content DIR    the content folder (default: the repository's content/)
  --data-dir DIR   where the kiosk keeps its data (default: the repository's data/)
  --open           open the kiosk full-screen in the system's Chromium`;

/** Entry point of `npm run serve`: the kiosk for a browser, on this machine only. */
async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        content: { type: 'string' },
        'data-dir': { type: 'string' },
        open: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return exit(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return exit(`--port must be a number from 0 to 65535; found "${args.port}".`);

  const defaults = repoPaths(import.meta.url);
  const contentDir = resolve(args.content ?? defaults.content);
  const dataDir = resolve(args['data-dir'] ?? defaults.data);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    return exit(
      `The kiosk cannot create its data folder ${dataDir} (${(error as NodeJS.ErrnoException).code}). Choose another with --data-dir.`,
    );
  }

  const content = await createContentService(contentDir, { log: (line) => console.error(`[kiosk] ${line}`) });
  const handlers = createHandlers({
    content,
    info: {
      name: 'United We Heal Kiosk',
      version: packageVersion(),
      host: 'browser',
    },
  });
  const token = randomBytes(24).toString('base64url');
  let host;
  try {
    host = await startBrowserHost({
      handlers,
      token,
      port,
      roots: { renderer: defaults.renderer, content: contentDir },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return exit(
      code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Pick another with --port, or --port 0 for any free one.`
        : `The kiosk host could not start: ${(error as Error).message}`,
    );
  }
  console.log(`United We Heal kiosk is running at ${host.url}`);
  console.log(`Content: ${contentDir}\nData: ${dataDir}\nStop it with Ctrl+C.`);

  const stop = () => {
    content.close();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (args.open) openChromium(host.url, dataDir, stop);
}

function openChromium(url: string, dataDir: string, onExit: () => void): void {
  const candidates = [
    process.env.KIOSK_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const browser = candidates.find((path): path is string => !!path && existsSync(path));
  if (!browser) {
    console.error(
      '--open needs Chromium: install it (sudo apt-get install chromium), or set KIOSK_CHROMIUM to its path. The kiosk keeps running at the address above.',
    );
    return;
  }
  const flags = [
    '--kiosk',
    `--user-data-dir=${resolve(dataDir, 'chromium-profile')}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    // Chromium refuses to start as root without this; a kiosk user should not be root anyway.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  const child = spawn(browser, flags, { stdio: 'ignore' });
  child.on('exit', onExit);
  child.on('error', (error) => console.error(`Could not start ${browser}: ${error.message}`));
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function exit(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

void main();
