import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import { resetStore } from '../../../renderer/store';

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
