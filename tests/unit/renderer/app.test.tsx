import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app';
import { useKiosk } from '../../../renderer/store';
import { content, contentState } from './fixtures';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function showKiosk(state = contentState()) {
  act(() => useKiosk.getState().setContent(state));
  return render(<App />);
}

describe('the kiosk app', () => {
  it('taps from the attract screen to an answer and back home', () => {
    showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    expect(screen.getByRole('heading', { name: 'Your questions' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Who is AFSCME?' }));
    expect(screen.getByRole('heading', { name: 'Who is AFSCME?' })).toBeTruthy();
    // Focus moves to the new screen's title once it is painted, so a screen reader announces it.
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Who is AFSCME?' }));
    // Only the answer on show: the others are built too, hidden.
    expect(within(screen.getByRole('main')).getByText('A union of public workers.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('heading', { name: 'Your questions' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();
  });

  it('keeps the attract loop while a visitor browses, out of reach, and shows the same one again at Home', () => {
    showKiosk();
    const loop = document.querySelector('main.attract');
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    // Hidden: no tap, screen reader or Tab key reaches it.
    expect(loop?.hasAttribute('hidden')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Tap to start' })).toBeNull();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    // Going home shows it, not a new one built again (a cheap laptop's slowest tap).
    expect(document.querySelector('main.attract')).toBe(loop);
    expect(loop?.hasAttribute('hidden')).toBe(false);
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();
  });

  it('switches every word to Spanish, and back to English for the next visitor', () => {
    showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(screen.getByRole('button', { name: 'Toca para empezar' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    fireEvent.click(screen.getByRole('button', { name: 'Toca para empezar' }));
    expect(screen.getByRole('heading', { name: 'Tus preguntas' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '¿Quién es AFSCME?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Inicio' }));
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();
  });

  it('choosing a language on the attract screen does not start the visit', () => {
    showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(screen.queryByRole('heading', { name: 'Tus preguntas' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('returns to the attract loop when a visitor walks away, and not while they tap', () => {
    showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    const { browseSeconds, warningSeconds } = content.idle;
    // Longer than the quiet time all told, but never that long without a touch.
    act(() => {
      vi.advanceTimersByTime((browseSeconds - 5) * 1000);
    });
    fireEvent.pointerDown(screen.getByRole('heading', { name: 'Your questions' }));
    act(() => {
      vi.advanceTimersByTime((browseSeconds - 5) * 1000);
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your questions' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime((browseSeconds + warningSeconds) * 1000);
    });
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();
  });

  it('warns a visitor before starting over, and a tap on "still here" keeps their place', () => {
    const { idle } = content;
    showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    fireEvent.click(screen.getByRole('button', { name: 'Who is AFSCME?' }));
    for (let time = 0; time < 3; time++) {
      act(() => {
        vi.advanceTimersByTime((idle.browseSeconds - 1) * 1000);
      });
      expect(screen.queryByRole('alertdialog')).toBeNull();
      act(() => {
        vi.advanceTimersByTime(2000);
      });
      expect(screen.getByRole('alertdialog').textContent).toMatch(/Starting over in 19 seconds/);
      act(() => {
        vi.advanceTimersByTime(5000);
      });
      expect(screen.getByRole('alertdialog').textContent).toMatch(/Starting over in 14 seconds/);
      // As often as the visitor likes (WCAG 2.2.1).
      fireEvent.click(screen.getByRole('button', { name: "I'm still here" }));
      expect(screen.queryByRole('alertdialog')).toBeNull();
    }
    act(() => {
      vi.advanceTimersByTime((idle.browseSeconds + idle.warningSeconds - 1) * 1000);
    });
    expect(screen.getByRole('heading', { name: 'Who is AFSCME?' })).toBeTruthy();
  });

  it('counts a touch from when it happened, noted once the screen it brings is painted', () => {
    const { idle } = content;
    showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    act(() => {
      vi.advanceTimersByTime((idle.browseSeconds - 5) * 1000);
    });
    const touchedAt = Date.now();
    fireEvent.pointerDown(screen.getByRole('heading', { name: 'Your questions' }));
    // Nothing is written down during the touch itself: the idle guard is not redrawn in it.
    expect(useKiosk.getState().session.lastActivity).toBeLessThan(touchedAt);
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(useKiosk.getState().session.lastActivity).toBe(touchedAt);
    act(() => {
      vi.advanceTimersByTime((idle.browseSeconds - 1) * 1000);
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('loops the attract slides', () => {
    showKiosk();
    expect(screen.getByRole('heading', { name: 'We are United We Heal' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(content.idle.slideSeconds * 1000);
    });
    expect(screen.getByRole('heading', { name: 'Get involved' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Scan to join/ })).toBeTruthy();
  });

  it('keeps each attract slide up for its own seconds', () => {
    const english = content.byLanguage.en!;
    const slides = [
      { ...english.slides[0]!, seconds: 3 },
      { ...english.slides[1]!, seconds: 20 },
    ];
    showKiosk(contentState({ content: { ...content, byLanguage: { en: { ...english, slides } } } }));
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.getByRole('heading', { name: 'Get involved' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(19_000);
    });
    expect(screen.getByRole('heading', { name: 'Get involved' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByRole('heading', { name: 'We are United We Heal' })).toBeTruthy();
  });

  it('shows links as text, never as something to follow, with a QR code where the content asks', () => {
    const { container } = showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    fireEvent.click(screen.getByRole('button', { name: 'What is your goal?' }));
    expect(container.querySelector('a')).toBeNull();
    // The answer on show: every other is built too, hidden.
    const page = within(screen.getByRole('main'));
    // The link reads as text in its sentence; its QR code is a card of its own after the paragraph.
    const link = page.getAllByText('our Facebook page')[0]!;
    expect(link.closest('p')).toBeTruthy();
    const card = page.getByRole('figure');
    expect(link.closest('p')!.nextElementSibling).toBe(card);
    expect(within(card).getByText('facebook.com/unitedweheal')).toBeTruthy();
    expect(page.getByRole('img', { name: /https:\/\/facebook\.com\/unitedweheal/ })).toBeTruthy();
    expect(page.getByText('a plain link')).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'javascript:alert(1)' })).toBeNull();
  });

  it('shows a full-screen message naming the folder when there is no good content', () => {
    showKiosk(
      contentState({
        content: null,
        folder: '/media/usb/content',
        problems: [
          {
            severity: 'error',
            file: '/media/usb/content',
            where: '/media/usb/content',
            message: 'The content folder does not exist.',
          },
        ],
      }),
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByText('/media/usb/content').length).toBeGreaterThan(0);
    expect(within(alert).getByText(/does not exist/)).toBeTruthy();
  });

  it('keeps showing the last good content with a discreet badge when an edit breaks it', () => {
    showKiosk(
      contentState({
        problems: [
          {
            severity: 'error',
            file: 'faq.en.md',
            line: 3,
            column: 1,
            where: 'faq.en.md:3:1',
            message: 'no answer',
          },
        ],
      }),
    );
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();
    // Visitors learn only that staff are needed; the list is behind the PIN (staff mode's checklist).
    expect(screen.getByRole('status').textContent).toBe('This kiosk needs a staff member');
    expect(within(screen.getByRole('status')).queryByRole('button')).toBeNull();
    expect(screen.queryByText('faq.en.md:3:1')).toBeNull();
  });

  it('shows the question list when the question on screen disappears in a content update', () => {
    showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    fireEvent.click(screen.getByRole('button', { name: 'Who is AFSCME?' }));
    const withoutIt = { ...content.byLanguage.en!, faq: content.byLanguage.en!.faq.slice(1) };
    act(() =>
      useKiosk.getState().setContent(
        contentState({
          version: 2,
          content: { ...content, byLanguage: { ...content.byLanguage, en: withoutIt } },
        }),
      ),
    );
    expect(screen.getByRole('heading', { name: 'Your questions' })).toBeTruthy();
  });
});
