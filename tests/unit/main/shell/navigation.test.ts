import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { resolveAsset } from '../../../../main/assets';
import { lockNavigation } from '../../../../main/shell/navigation';
import { isAppUrl } from '../../../../main/shell/origin';

function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & { openHandler?: () => { action: string } };
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: () => { action: string }) => (emitter.openHandler = handler),
  });
  return contents;
}

function navigate(contents: EventEmitter, event: string, url?: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('navigation lock', () => {
  it('keeps the window on the kiosk and refuses new windows and webviews', () => {
    const contents = fakeContents();
    lockNavigation(contents as unknown as WebContents);
    expect(navigate(contents, 'will-navigate', 'app://kiosk/index.html')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'https://facebook.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'data:text/html,<h1>hi</h1>')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate(contents, 'will-attach-webview')).toBe(true);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });

  it('recognises only the kiosk origin, not a look-alike', () => {
    expect(isAppUrl('app://kiosk/media/logo.svg')).toBe(true);
    for (const url of [
      'app://kiosk.evil/',
      'app://kiosk./',
      'app://kiosk%2eevil/',
      'app://kiosk:80/',
      'app://kiosk@evil/',
      'app://evil#@kiosk',
      'app://evil?@kiosk/',
      'app://user:secret@kiosk/',
      'app:kiosk/index.html',
      'app:///kiosk/index.html',
      'app://other/',
      'https://kiosk/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'javascript://kiosk/%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
      '',
      undefined,
      null,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('lets a traversal stay on the kiosk origin, where the protocol serves nothing outside its roots', () => {
    const roots = { renderer: '/app/dist/renderer', content: '/app/content' };
    for (const url of [
      'app://kiosk/../',
      'app://kiosk/../../etc/passwd',
      'app://kiosk/%2e%2e/%2e%2e/etc/passwd',
      'app://kiosk/..%2f..%2fetc%2fpasswd',
      'app://kiosk/media/..%2f..%2f..%2fetc%2fpasswd',
      'app://kiosk/%2e%2e%5c%2e%2e%5cwindows',
    ]) {
      expect(isAppUrl(url), url).toBe(true);
      const file = resolveAsset(new URL(url).pathname, roots);
      expect(
        file === null || file.startsWith('/app/dist/renderer/') || file.startsWith('/app/content/media/'),
        url,
      ).toBe(true);
    }
  });
});
