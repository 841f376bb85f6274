import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepRendererAlive } from '../../../../main/shell/self-heal';
import { fakeContents } from './fake-contents';

const ENTRY = 'app://kiosk/index.html';
const RESTARTING = 'data:text/html,restarting';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

function healed() {
  const { contents, asWebContents } = fakeContents();
  const log = vi.fn<(line: string) => void>();
  keepRendererAlive(asWebContents, { entryUrl: ENTRY, restartingUrl: RESTARTING, log });
  return { contents, log };
}

describe('self-healing', () => {
  it('reloads the attract loop a second after a crash, and logs the incident', () => {
    const { contents, log } = healed();
    contents.crash();
    expect(contents.loaded).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(contents.loaded).toEqual([ENTRY]);
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/page gone \(crashed, exit code 139\); 1 in 5 min/),
    );
  });

  it('brings back a killed page the same way', () => {
    const { contents } = healed();
    contents.crash('killed');
    vi.advanceTimersByTime(1_000);
    expect(contents.loaded).toEqual([ENTRY]);
  });

  it('backs off, and from the third crash in five minutes shows "restarting" while it waits', () => {
    const { contents } = healed();
    contents.crash();
    vi.advanceTimersByTime(1_000);
    contents.crash();
    vi.advanceTimersByTime(1_999);
    expect(contents.loaded).toEqual([ENTRY]);
    vi.advanceTimersByTime(1);
    expect(contents.loaded).toEqual([ENTRY, ENTRY]);
    contents.crash();
    expect(contents.loaded).toEqual([ENTRY, ENTRY, RESTARTING]);
    vi.advanceTimersByTime(4_000);
    expect(contents.loaded).toEqual([ENTRY, ENTRY, RESTARTING, ENTRY]);
  });

  it('keeps retrying however often the page crashes', () => {
    const { contents } = healed();
    for (let crash = 0; crash < 12; crash++) {
      contents.crash();
      vi.advanceTimersByTime(60_000);
    }
    expect(contents.loaded.filter((url) => url === ENTRY)).toHaveLength(12);
  });

  it('ends a page unresponsive for ten seconds, then reloads it', () => {
    const { contents, log } = healed();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(9_999);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith('page unresponsive for 10 s: ending it to reload');
    vi.advanceTimersByTime(1_000);
    expect(contents.loaded).toEqual([ENTRY]);
  });

  it('leaves alone a page that recovers from a short hang', () => {
    const { contents } = healed();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    contents.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('does nothing once the window is gone (the kiosk is quitting)', () => {
    const { contents } = healed();
    contents.crash();
    contents.destroyed = true;
    contents.emit('destroyed');
    contents.crash('clean-exit');
    vi.advanceTimersByTime(60_000);
    expect(contents.loaded).toEqual([]);
  });
});
