/** The part of `process` whose error events are logged; a test passes an EventEmitter. */
export interface ErrorSource {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Logs an error nothing else caught, and keeps the process running. In Electron's main process an
 * uncaught error would otherwise show a dialog to the visitor and could end the process: one bad
 * call must not stop the kiosk, least of all the signup journal, which writes every signup to disk
 * before answering and recovers a torn line on the next start.
 */
export function logUncaughtErrors(log: (line: string) => void, source: ErrorSource = process): void {
  source.on('uncaughtException', (error) => log(`uncaught error: ${describe(error)}`));
  source.on('unhandledRejection', (reason) => log(`unhandled rejection: ${describe(reason)}`));
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}
