import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** How big the log may grow, and how many old files to keep. */
export interface RotatingLogOptions {
  /** The folder, usually `<data-dir>/logs`; created when missing. */
  dir: string;
  /** Default `kiosk.log`; old files become `kiosk.1.log`, `kiosk.2.log`, ... (1 is the newest). */
  name?: string;
  /** Default 1 MB. */
  maxBytes?: number;
  /** Old files kept besides the current one (at least 1); default 4. */
  keep?: number;
  now?: () => Date;
}

/**
 * A log that writes one timestamped line per call to a file that rotates by size, so ten hours
 * (or a season of events) of incidents never fill the disk. Writes are synchronous, so the line
 * is on disk even if the process dies right after; a failure to write is reported on stderr and
 * never thrown, because logging must not stop the kiosk.
 */
export function createRotatingLog(options: RotatingLogOptions): (line: string) => void {
  const { dir, name = 'kiosk.log', maxBytes = 1_000_000, now = () => new Date() } = options;
  const keep = Math.max(1, options.keep ?? 4);
  const stem = name.replace(/\.log$/, '');
  const file = join(dir, name);
  const old = (index: number) => join(dir, `${stem}.${index}.log`);

  const rotate = () => {
    rmSync(old(keep), { force: true });
    for (let index = keep - 1; index >= 1; index--) renameIfThere(old(index), old(index + 1));
    renameIfThere(file, old(1));
  };

  return (line: string) => {
    const text = `${now().toISOString()} ${line.replaceAll('\n', '\n    ')}\n`;
    try {
      mkdirSync(dir, { recursive: true });
      if (sizeOf(file) > 0 && sizeOf(file) + Buffer.byteLength(text) > maxBytes) rotate();
      appendFileSync(file, text, { mode: 0o600 });
    } catch (error) {
      console.error(`[kiosk] could not write the log ${file}: ${String(error)}`);
    }
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function renameIfThere(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
