/** The kiosk could not start; `message` says why and what to do, in plain words. */
export class KioskStartError extends Error {}
