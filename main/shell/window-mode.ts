/** How the kiosk window opens, from the command line and whether the app is packaged. */
export interface WindowMode {
  /** Full screen with no way out; false for `--windowed`. */
  kiosk: boolean;
  /** DevTools may open: only in an unpackaged `--windowed` run (development). */
  devTools: boolean;
}

/**
 * Production is the kiosk: full screen, no DevTools. `--windowed` (e.g. `npm start -- --windowed`)
 * opens a normal window for development; DevTools stay off in packaged builds whatever the flags.
 */
export function windowMode(argv: readonly string[], isPackaged: boolean): WindowMode {
  const windowed = argv.includes('--windowed');
  return { kiosk: !windowed, devTools: windowed && !isPackaged };
}
