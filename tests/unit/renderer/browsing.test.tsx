import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app';
import { qrPath } from '../../../renderer/qr-paths';
import { useKiosk } from '../../../renderer/store';
import { contentState } from './fixtures';

beforeEach(() => {
  vi.useFakeTimers();
  act(() => useKiosk.getState().setContent(contentState()));
  render(<App />);
  fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
  fireEvent.click(screen.getByRole('button', { name: 'Who is AFSCME?' }));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('browsing the answers', () => {
  it('goes to the next and previous answers, and says where the visitor is', () => {
    expect(screen.getByText('1 of 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Previous/ }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(heading()).toBe('What is your goal?');
    expect(screen.getByText('2 of 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(heading()).toBe('What is your goal?');
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(heading()).toBe('Who is AFSCME?');
    act(() => {
      vi.advanceTimersByTime(50);
    }); // focus moves once the screen is painted
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('swipes left for the next answer and right for the previous; a scroll up or down is no swipe', () => {
    const swipe = (from: number, to: number, dy = 0) => {
      const page = screen.getByRole('main');
      fireEvent.pointerDown(page, { pointerId: 1, isPrimary: true, clientX: from, clientY: 500 });
      fireEvent.pointerUp(page, { pointerId: 1, isPrimary: true, clientX: to, clientY: 500 + dy });
    };
    swipe(800, 300);
    expect(heading()).toBe('What is your goal?');
    swipe(300, 700, 600);
    expect(heading()).toBe('What is your goal?');
    swipe(300, 800);
    expect(heading()).toBe('Who is AFSCME?');
  });

  it('makes the text larger for this visitor only', () => {
    const toggle = screen.getByRole('button', { name: 'Larger text' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.classList.contains('larger-text')).toBe(true);
    act(() => useKiosk.getState().home());
    expect(document.documentElement.classList.contains('larger-text')).toBe(false);
  });

  it('builds a QR code once per address, however often it is shown', () => {
    expect(qrPath('https://example.org/join')).toBe(qrPath('https://example.org/join'));
  });
});

describe('"Listen"', () => {
  it('is offered only where the platform has a voice for the visitor’s language, and reads the answer', () => {
    expect(screen.queryByRole('button', { name: 'Listen' })).toBeNull();
    const spoken: string[] = [];
    class Utterance {
      voice: unknown = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ name: 'Test', lang: 'en-US', localService: true }],
      speak: (utterance: Utterance) => spoken.push(utterance.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    });
    // A new answer asks for the voices again.
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Listen' }));
    expect(spoken[0]).toMatch(/^What is your goal\?\n\nBetter care\n\nReasonable caseloads/);
    expect(screen.getByRole('button', { name: 'Stop reading' })).toBeTruthy();
  });
});
