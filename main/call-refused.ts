import type { ApiError } from './api';

/**
 * Thrown by a handler to refuse a call with a typed error the renderer can act on (`locked`: staff
 * mode is locked; `bad-input`: the argument parsed but names nothing the kiosk knows). dispatch()
 * sends its code and message as they are, where any other throw becomes `internal`.
 */
export class CallRefused extends Error {
  constructor(
    readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'CallRefused';
  }
}
