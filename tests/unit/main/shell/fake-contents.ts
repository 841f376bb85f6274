import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { vi } from 'vitest';

/** A stand-in WebContents: the events the shell listens to, and a record of what it asked for. */
export function fakeContents() {
  const emitter = new EventEmitter();
  const contents = Object.assign(emitter, {
    destroyed: false,
    loaded: [] as string[],
    isDestroyed: () => contents.destroyed,
    loadURL: vi.fn(async (url: string) => {
      contents.loaded.push(url);
    }),
    forcefullyCrashRenderer: vi.fn(() => {
      contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 });
    }),
    setZoomFactor: vi.fn(),
    setVisualZoomLevelLimits: vi.fn(async () => undefined),
    insertCSS: vi.fn(async () => `css-${contents.insertCSS.mock.calls.length}`),
    removeInsertedCSS: vi.fn(async () => undefined),
    /** Emits a renderer crash as Electron does. */
    crash(reason = 'crashed') {
      contents.emit('render-process-gone', {}, { reason, exitCode: 139 });
    },
  });
  return { contents, asWebContents: contents as unknown as WebContents };
}
