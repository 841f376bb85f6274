import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
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
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate(contents, 'will-attach-webview')).toBe(true);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });

  it('recognises only the kiosk origin', () => {
    expect(isAppUrl('app://kiosk/media/logo.svg')).toBe(true);
    for (const url of [
      'app://kiosk.evil/',
      'app://other/',
      'https://kiosk/',
      'javascript:alert(1)',
      'not a url',
      undefined,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});
