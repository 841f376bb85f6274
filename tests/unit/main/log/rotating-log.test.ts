import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRotatingLog } from '../../../../main/log/rotating-log';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-log-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const now = () => new Date('2025-05-01T09:30:00.000Z');

describe('the rotating log', () => {
  it('creates <data-dir>/logs and writes one timestamped line per incident', () => {
    const log = createRotatingLog({ dir: join(dataDir, 'logs'), now });
    log('page gone (crashed)');
    log('an error\n    at somewhere');
    expect(readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8')).toBe(
      '2025-05-01T09:30:00.000Z page gone (crashed)\n2025-05-01T09:30:00.000Z an error\n        at somewhere\n',
    );
    expect(statSync(join(dataDir, 'logs', 'kiosk.log')).mode & 0o777).toBe(0o600);
  });

  it('rotates by size and keeps only the newest files', () => {
    const dir = join(dataDir, 'logs');
    const log = createRotatingLog({ dir, maxBytes: 100, keep: 2, now });
    for (let index = 1; index <= 10; index++) log(`incident number ${index} with some detail`);
    expect(readdirSync(dir).sort()).toEqual(['kiosk.1.log', 'kiosk.2.log', 'kiosk.log']);
    for (const file of readdirSync(dir)) expect(statSync(join(dir, file)).size).toBeLessThanOrEqual(100);
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toContain('incident number 10 ');
    // One ~60-byte line per file: the newest three incidents are kept, the older ones dropped.
    expect(readFileSync(join(dir, 'kiosk.1.log'), 'utf8')).toContain('incident number 9 ');
    expect(readFileSync(join(dir, 'kiosk.2.log'), 'utf8')).toContain('incident number 8 ');
  });

  it('never throws when it cannot write: logging must not stop the kiosk', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A file where the folder should be fails for every user, root included.
    writeFileSync(join(dataDir, 'logs'), 'not a folder');
    const log = createRotatingLog({ dir: join(dataDir, 'logs') });
    expect(() => log('cannot be written')).not.toThrow();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not write the log'));
    error.mockRestore();
  });
});
