import { describe, expect, it, vi } from 'vitest';
import { lockDown } from '../../../../main/shell/lockdown';
import { fakeContents } from './fake-contents';

const Menu = vi.hoisted(() => ({ setApplicationMenu: vi.fn() }));
vi.mock('electron', () => ({ Menu }));

/** Sends a key press through before-input-event; true when the kiosk swallowed it. */
function type(
  contents: ReturnType<typeof fakeContents>['contents'],
  input: Record<string, unknown>,
): boolean {
  let blocked = false;
  contents.emit(
    'before-input-event',
    { preventDefault: () => (blocked = true) },
    { type: 'keyDown', control: false, meta: false, alt: false, shift: false, isAutoRepeat: false, ...input },
  );
  return blocked;
}

describe('lockdown', () => {
  it('removes the application menu and its shortcuts', () => {
    lockDown(fakeContents().asWebContents, vi.fn(), 'linux');
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('swallows blocked keys and lets typing through', () => {
    const { contents, asWebContents } = fakeContents();
    lockDown(asWebContents, vi.fn(), 'linux');
    expect(type(contents, { key: 'r', control: true })).toBe(true);
    expect(type(contents, { key: 'F11' })).toBe(true);
    expect(type(contents, { key: 'a' })).toBe(false);
  });

  it('quits once on the chord: not on its key-up or while it repeats', () => {
    const { contents, asWebContents } = fakeContents();
    const quit = vi.fn();
    lockDown(asWebContents, quit, 'linux');
    const chord = { key: 'Q', code: 'KeyQ', control: true, shift: true, alt: true };
    expect(type(contents, chord)).toBe(true);
    type(contents, { ...chord, isAutoRepeat: true });
    type(contents, { ...chord, type: 'keyUp' });
    expect(quit).toHaveBeenCalledOnce();
  });

  it('holds the zoom at 1 against Ctrl+wheel and pinching, after every load', () => {
    const { contents, asWebContents } = fakeContents();
    lockDown(asWebContents, vi.fn(), 'linux');
    contents.emit('did-finish-load');
    contents.emit('zoom-changed', {}, 'in');
    expect(contents.setZoomFactor.mock.calls).toEqual([[1], [1]]);
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
  });
});
