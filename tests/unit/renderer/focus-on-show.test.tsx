import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFocusOnShow } from '../../../renderer/use-focus-on-show';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function Screen({ withField = false }: { withField?: boolean }) {
  const focusHeading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <main>
      <h1 tabIndex={-1} ref={focusHeading}>
        Your questions
      </h1>
      {withField && <input aria-label="First name" />}
    </main>
  );
}

const paint = () =>
  act(() => {
    vi.advanceTimersByTime(50);
  });

describe('focus on a new screen', () => {
  it('moves to its title once the screen is painted, not during the tap', () => {
    render(<Screen />);
    expect(document.activeElement).toBe(document.body);
    paint();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your questions' }));
  });

  it('leaves a visitor who began typing meanwhile in their field', () => {
    render(<Screen withField />);
    screen.getByRole('textbox', { name: 'First name' }).focus();
    paint();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'First name' }));
  });
});
