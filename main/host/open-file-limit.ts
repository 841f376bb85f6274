import { readFileSync } from 'node:fs';

/** The process's limit on open files, read from /proc/self/limits (Linux), or null where unknown. */
export function openFileLimit(): number | null {
  try {
    const soft = /^Max open files\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
    if (soft === 'unlimited') return Number.MAX_SAFE_INTEGER;
    return soft ? Number(soft) : null;
  } catch {
    return null;
  }
}

/**
 * How many connections the browser host keeps open: each may hold a socket and a file being sent,
 * and the rest of the kiosk (content loads, the signup journal, logs) keeps 64 files for itself, so
 * the host never runs the process out of files. Where the limit is unknown, 256 is assumed
 * (macOS's default).
 */
export function defaultMaxConnections(limit = openFileLimit()): number {
  return Math.max(16, Math.min(1024, Math.floor(((limit ?? 256) - 64) / 2)));
}
