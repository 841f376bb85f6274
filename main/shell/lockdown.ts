import { Menu, type WebContents } from 'electron';
import { keyAction } from './keys';
import { menuTemplate } from './menu';

/**
 * Locks the kiosk's page down: no application menu but macOS's editing one (so no menu shortcut
 * to reload, quit or open DevTools), every blocked key swallowed before the page or Chromium sees
 * it, and the zoom held at 1 against Ctrl+wheel and pinching. `onQuitChord` runs when staff press
 * the quit chord.
 */
export function lockDown(
  contents: WebContents,
  onQuitChord: () => void,
  platform: NodeJS.Platform = process.platform,
): void {
  const template = menuTemplate(platform);
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
  contents.on('before-input-event', (event, input) => {
    const action = keyAction(input, platform);
    if (action === 'allow') return;
    event.preventDefault();
    if (action === 'quit-chord' && input.type === 'keyDown' && !input.isAutoRepeat) onQuitChord();
  });
  const holdZoom = () => {
    contents.setZoomFactor(1);
    contents
      .setVisualZoomLevelLimits(1, 1)
      .catch((error: unknown) => console.error('[kiosk] could not turn pinch zoom off:', error));
  };
  contents.on('zoom-changed', holdZoom);
  contents.on('did-finish-load', holdZoom);
}
