import { randomBytes } from 'node:crypto';
import { KioskStartError } from '../kiosk-start-error';
import { packageInfo } from '../package-info';
import { repoPaths } from '../paths';
import { parseServeArgs, USAGE } from './args';
import { handlersWhenReady } from './handlers-when-ready';
import { keepChromiumOpen, type KeptBrowser } from './keep-chromium-open';
import { dataFolder, openPreviewWindow } from './preview';
import { startBrowserHost } from './server';

/** Entry point of `npm run serve`: the kiosk for a browser, on this machine only. */
async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2), import.meta.url);
  if (args === 'help') return console.log(USAGE);
  if ('error' in args) return exit(args.error);
  // A preview without --data-dir keeps the organizer's test signups in a temporary folder.
  const data = dataFolder(args.dataDir);

  const log = (line: string) => console.error(`[kiosk] ${line}`);
  // Staff mode's "quit kiosk" stops the host and its Chromium, as Ctrl+C does.
  const quit = () => stop();
  // The kiosk (its code, and reading its content) is built while the host already listens and
  // sends the page: the page's script loads and starts meanwhile, and its first call waits for the
  // kiosk. Loading the kiosk's code holds the host for a moment (compiling it), so it begins once
  // the page has its script (the browser compiles that meanwhile), at the first call, or 200 ms
  // after the host listens, whichever comes first.
  let begin!: () => void;
  const begun = new Promise<void>((resolve) => (begin = resolve));
  const starting = begun.then(async () => {
    const { createKiosk } = await import('../kiosk');
    return createKiosk({
      ...args,
      dataDir: data.dir,
      info: { ...packageInfo, host: 'browser', preview: args.preview },
      log,
      quit,
    });
  });
  // A failure to build it is reported once, below; until then it must not count as unhandled.
  starting.catch(() => {});
  const token = randomBytes(24).toString('base64url');
  const roots = { renderer: repoPaths(import.meta.url).renderer, content: args.contentDir };
  const host = await startBrowserHost({
    handlers: handlersWhenReady(() => {
      begin();
      return starting;
    }),
    token,
    port: args.port,
    roots,
    preview: args.preview,
    onFileSent: (path) => {
      if (path.endsWith('.js')) begin();
    },
  }).catch((error: NodeJS.ErrnoException) => {
    // Nothing of the kiosk was begun: it begins only once the host listens.
    throw new KioskStartError(
      error.code === 'EADDRINUSE'
        ? `Port ${args.port} is already in use. Pick another with --port, or --port 0 for any free one.`
        : `The kiosk host could not start: ${error.message}`,
    );
  });
  setTimeout(begin, 200);
  console.log(`United We Heal kiosk${args.preview ? ' preview' : ''} is running at ${host.url}`);
  console.log(`Content: ${args.contentDir}\nData: ${data.dir}\nStop it with Ctrl+C.`);
  if (data.temporary)
    console.log(
      'Signups typed in the preview are tests: they go to this temporary folder, deleted when you stop.',
    );

  let browser: KeptBrowser | null = null;
  const stop = () => {
    // Staff asked: Chromium closing now is expected, not a crash to recover from.
    browser?.stop();
    // Stopping must end the process even if closing a part fails: log it, then exit.
    Promise.all([starting.then((kiosk) => kiosk.close()), host.close()])
      .catch((error: unknown) => log(`stopping: ${String(error)}`))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (args.open)
    browser = args.preview
      ? openPreviewWindow(host.url, data.dir, log)
      : keepChromiumOpen({ url: host.url, dataDir: data.dir, log });
  await starting.catch(async (error: unknown) => {
    browser?.stop();
    await host.close();
    throw error;
  });
}

function exit(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

main().catch((error: unknown) => {
  if (error instanceof KioskStartError) return exit(error.message);
  console.error(error);
  process.exitCode = 1;
});
