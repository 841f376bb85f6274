import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import { resetStore } from '../../../renderer/store';

// jsdom lays nothing out, so it has no scrolling; the kiosk scrolls fields and messages into view.
if (!('scrollIntoView' in Element.prototype))
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, writable: true });

// React reports invalid markup and key mistakes through console.error: treat them as failures.
let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  resetStore();
  expect(consoleError.mock.calls.map((call) => String(call[0]))).toEqual([]);
  consoleError.mockRestore();
});
