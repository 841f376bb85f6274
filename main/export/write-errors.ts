/** An export or merge that did not happen, with a message fit to show staff as it is. */
export class ExportError extends Error {
  constructor(
    message: string,
    /** The file-system error code behind it, or a name of our own (`no-journal`, `refused`, ...). */
    readonly code: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** The error code of a Node file-system error, or '' for anything else. */
export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? '';

/**
 * Says in plain words why a file could not be written into `folder`, and what to do. `started`
 * tells a folder that was never there (wrong path, stick not plugged in) from one that went away
 * while the file was being written (stick pulled out).
 */
export function explainWriteError(error: unknown, folder: string, started: boolean): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return `There is not enough free space in ${folder}: free some space there or use another USB stick, then export again.`;
    case 'EROFS':
      return `${folder} cannot be written to (read-only): if it is a USB stick, slide its lock switch off, or use another stick.`;
    case 'EACCES':
    case 'EPERM':
      return `The kiosk is not allowed to write in ${folder}: choose another folder or USB stick.`;
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
    case 'ESTALE':
    case 'EIO':
      return started
        ? `${folder} went away while the file was being written (was the USB stick pulled out?): plug it back in, then export again.`
        : `The folder ${folder} does not exist: if it is a USB stick, check that it is plugged in, then try again.`;
    case 'ENOTDIR':
      return `${folder} is not a folder: choose a folder or a USB stick.`;
    case 'EMFILE':
    case 'ENFILE':
      return 'The computer has too many files open: restart the kiosk, then export again.';
    default:
      return `The file could not be written to ${folder}${code ? ` (${code})` : ''}: check the drive, then export again.`;
  }
}
