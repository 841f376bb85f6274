/**
 * Says in plain English, for staff at the table, why the kiosk could not write to its data folder
 * and what to do about it. Only the folder and the error code appear: never anything a visitor typed.
 */
export function explainDiskError(error: unknown, dataDir: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full: free some space on the drive that holds ${dataDir} (or move old files off it), then try again.`;
    case 'EACCES':
    case 'EPERM':
      return `The kiosk is not allowed to write in ${dataDir}: give it write permission on that folder, or choose another data folder.`;
    case 'EROFS':
      return `The data folder ${dataDir} is on a read-only disk: if it is a USB stick, check its lock switch, or choose another data folder.`;
    case 'EIO':
      return `The disk holding ${dataDir} reported a read or write error: if it is a USB stick, check that it is plugged in firmly; otherwise the disk may be failing.`;
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
    case 'ESTALE':
      return `The data folder ${dataDir} is gone: if it is on a USB stick, plug the stick back in.`;
    case 'ENOTDIR':
    case 'EISDIR':
    case 'EEXIST':
      return `${dataDir} is not a usable data folder: something with the same name is in the way; choose another data folder.`;
    case 'EMFILE':
    case 'ENFILE':
      return 'The computer has too many files open: restart the kiosk.';
    default:
      return `The kiosk could not write to ${dataDir}${code ? ` (${code})` : ''}: check the disk, then try again.`;
  }
}

/** An error whose message is already fit to show staff. */
export class DiskError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'DiskError';
  }
}

/** Wraps any file-system error as a DiskError, explained for staff. */
export function diskError(error: unknown, dataDir: string): DiskError {
  if (error instanceof DiskError) return error;
  return new DiskError(explainDiskError(error, dataDir), (error as NodeJS.ErrnoException)?.code ?? 'UNKNOWN');
}
