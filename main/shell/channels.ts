/**
 * IPC channel names, shared by main and the preload. Kept free of the contract's code so the
 * sandboxed preload stays a few lines: it learns the calls from main over `CALLS_CHANNEL`.
 */

/** The channel of one call of the contract. */
export const channelFor = (name: string): string => `kiosk:${name}`;

/** The channel on which the preload asks main for the names of the contract's calls. */
export const CALLS_CHANNEL = 'kiosk:calls';
