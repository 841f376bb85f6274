import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { logUncaughtErrors } from '../../../../main/log/process-errors';

describe('errors nothing caught', () => {
  it('are logged with their stack, and the process goes on', () => {
    const source = new EventEmitter();
    const log = vi.fn();
    logUncaughtErrors(log, source);
    source.emit('uncaughtException', new Error('disk hiccup'));
    source.emit('unhandledRejection', 'a plain reason');
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^uncaught error: Error: disk hiccup\n\s+at /));
    expect(log).toHaveBeenCalledWith('unhandled rejection: a plain reason');
  });
});
