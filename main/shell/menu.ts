import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu the kiosk has: none, except on macOS, where copy, paste, cut, select all,
 * undo and redo in a text field work only through an Edit menu's roles (a Mac without one ignores
 * Cmd+V in the signup form). Only those roles: no reload, quit, zoom or DevTools item, so the menu
 * gives a visitor no shortcut the key policy (keys.ts) blocks. Null means no menu at all.
 */
export function menuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
  ];
}
