import type { CallName } from '../api';

/** The IPC channel of a call of the contract; the preload and main both name channels with it. */
export const channelFor = (name: CallName): string => `kiosk:${name}`;
