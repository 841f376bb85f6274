import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QrCard } from '../../../renderer/components/QrCode';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const code = (name: RegExp) => screen.getByRole('img', { name }).querySelector('path');

describe('a QR code card', () => {
  it('draws its code at once', () => {
    render(<QrCard url="https://example.org/now" caption="Scan to join" />);
    expect(code(/example\.org\/now/)?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('drawn later, holds a white square of its size until the page is painted, then draws its code', () => {
    render(<QrCard url="https://example.org/later" caption="Scan to join" later />);
    const square = screen.getByRole('img', { name: /example\.org\/later/ });
    expect(square.querySelector('rect')?.getAttribute('width')).toBe('100%');
    expect(code(/example\.org\/later/)).toBeNull();
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(code(/example\.org\/later/)?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('drawn later, draws at once a code it drew before', () => {
    render(<QrCard url="https://example.org/twice" caption="Scan" />);
    render(<QrCard url="https://example.org/twice" caption="Scan again" later />);
    expect(code(/Scan again/)).not.toBeNull();
  });
});
