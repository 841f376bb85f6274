import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoPaths } from '../paths';

export const USAGE = `Usage: npm run serve -- [--port N] [--content DIR] [--data-dir DIR] [--open] [--preview]

  --port N         port on 127.0.0.1 to listen on (default 0: any free port)
  --content DIR    the content folder (default: the repository's content/)
  --data-dir DIR   where the kiosk keeps its data (default: the repository's data/; with --preview,
                   a temporary folder, deleted when the host stops)
  --open           open the kiosk full-screen in the system's Chromium (with --preview: the preview)
  --preview        a page to see any slide, question and language, in portrait and landscape`;

/** What `npm run serve` was asked to do. */
export interface ServeArgs {
  port: number;
  contentDir: string;
  /** Null in preview mode without --data-dir: the host makes a temporary folder instead. */
  dataDir: string | null;
  open: boolean;
  /** The organizer's preview: the preview page, and kiosk pages it may pin to a screen. */
  preview: boolean;
}

/**
 * Reads `npm run serve`'s options: the arguments, `'help'`, or a message saying what is wrong
 * (with the usage), so the entry point never prints a stack trace for a typo.
 */
export function parseServeArgs(argv: string[], bundleUrl: string): ServeArgs | 'help' | { error: string } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '0' },
        content: { type: 'string' },
        'data-dir': { type: 'string' },
        open: { type: 'boolean', default: false },
        preview: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return { error: `${(error as Error).message}\n\n${USAGE}` };
  }
  if (values.help) return 'help';
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return { error: `--port must be a number from 0 to 65535; found "${values.port}".` };
  const defaults = repoPaths(bundleUrl);
  // What an organizer types into the preview is a test: it never joins the real signups.
  const dataDir = values['data-dir'] ?? (values.preview ? null : defaults.data);
  return {
    port,
    contentDir: resolve(values.content ?? defaults.content),
    dataDir: dataDir === null ? null : resolve(dataDir),
    open: values.open,
    preview: values.preview,
  };
}
