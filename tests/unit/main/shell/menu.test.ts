import { describe, expect, it } from 'vitest';
import { keyAction } from '../../../../main/shell/keys';
import { menuTemplate } from '../../../../main/shell/menu';

describe('application menu', () => {
  it('is none on Windows and Linux', () => {
    expect(menuTemplate('win32')).toBeNull();
    expect(menuTemplate('linux')).toBeNull();
  });

  it('on macOS holds only the editing roles, each of whose keys the key policy lets through', () => {
    const roles = menuTemplate('darwin')!.flatMap((menu) =>
      (menu.submenu as { role?: string }[]).flatMap((item) => (item.role ? [item.role] : [])),
    );
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    // Cmd+Z, Cmd+Shift+Z, Cmd+X, Cmd+C, Cmd+V, Cmd+A: the keys these roles answer on a Mac.
    const keys: [string, boolean][] = [
      ['z', false],
      ['z', true],
      ['x', false],
      ['c', false],
      ['v', false],
      ['a', false],
    ];
    for (const [key, shift] of keys)
      expect(
        keyAction(
          { key, code: `Key${key.toUpperCase()}`, control: false, meta: true, alt: false, shift },
          'darwin',
        ),
        key,
      ).toBe('allow');
  });
});
