import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/app';
import { useKiosk } from '../../../../renderer/store';
import { contentState } from '../fixtures';
import { fakeMain } from './fake-main';

const main = vi.hoisted(() => ({ callMain: vi.fn() }));
vi.mock('../../../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../renderer/api')>()),
  callMain: main.callMain,
}));

let fake: ReturnType<typeof fakeMain>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
  fake = fakeMain();
  main.callMain.mockImplementation(fake.callMain);
});
afterEach(() => {
  vi.useRealTimers();
  main.callMain.mockReset();
});

/** Lets main's answers (resolved promises) reach the screen. */
const settle = () => act(async () => {});

function showKiosk(state = contentState()) {
  act(() => useKiosk.getState().setContent(state));
  return render(<App />);
}

const corner = () => screen.getByTestId('staff-corner');
/** One tap on the corner, as a finger makes it: press, release, click. */
function tapCorner() {
  const zone = corner();
  fireEvent.pointerDown(zone, { pointerId: 1 });
  fireEvent.pointerUp(zone, { pointerId: 1 });
  fireEvent.click(zone);
  act(() => {
    vi.advanceTimersByTime(200);
  });
}
const staffOpen = () => screen.queryByRole('dialog', { name: 'Staff mode' }) !== null;

async function pressPin(pin: string) {
  const pad = screen.getByRole('region', { name: /PIN/ });
  for (const digit of pin) fireEvent.click(within(pad).getByRole('button', { name: digit }));
  fireEvent.click(within(pad).getByRole('button', { name: 'OK' }));
  await settle();
}

describe('opening staff mode', () => {
  it('four corner taps, or ordinary taps anywhere, never open it', () => {
    showKiosk();
    for (let i = 0; i < 4; i++) tapCorner();
    expect(staffOpen()).toBe(false);
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    tapCorner(); // the fifth, but too late: it starts a new count
    expect(staffOpen()).toBe(false);
    const start = screen.getByRole('button', { name: 'Tap to start' });
    for (let i = 0; i < 6; i++) fireEvent.pointerDown(start, { clientX: 10, clientY: 10 });
    expect(staffOpen()).toBe(false);
  });

  it('five corner taps within three seconds open the PIN pad', async () => {
    showKiosk();
    for (let i = 0; i < 5; i++) tapCorner();
    await settle();
    expect(staffOpen()).toBe(true);
    expect(screen.getByRole('heading', { name: 'Choose a staff PIN' })).toBeTruthy();
  });

  it('a tap on the corner presses nothing beneath it: the attract loop does not start', () => {
    showKiosk();
    const seen = vi.fn();
    window.addEventListener('click', seen);
    tapCorner();
    window.removeEventListener('click', seen);
    expect(seen).not.toHaveBeenCalled();
    expect(useKiosk.getState().session.screen.name).toBe('attract');
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();
  });

  it('Ctrl+Shift+K opens the pad too', async () => {
    showKiosk();
    fireEvent.keyDown(window, { key: 'K', ctrlKey: true, shiftKey: true });
    await settle();
    expect(staffOpen()).toBe(true);
  });

  it('sends a visitor’s screen back to the loop underneath', async () => {
    showKiosk();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    expect(useKiosk.getState().session.screen.name).toBe('questions');
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, shiftKey: true });
    await settle();
    expect(useKiosk.getState().session.screen.name).toBe('attract');
  });
});

describe('the PIN pad', () => {
  it('the first time, asks for a new PIN twice, then shows the checklist with the content’s problems', async () => {
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
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, shiftKey: true });
    await settle();
    await pressPin('12345');
    expect(screen.getByRole('alert').textContent).toBe('A PIN has at least 6 digits.');
    await pressPin('246810');
    expect(screen.getByRole('heading', { name: 'Enter the same PIN again' })).toBeTruthy();
    await pressPin('246810');
    expect(main.callMain).toHaveBeenCalledWith('setStaffPin', { pin: '246810', confirm: '246810' });
    await settle();
    expect(screen.getByRole('heading', { name: 'Ready for the doors?' })).toBeTruthy();
    // The list visitors no longer see is here, behind the PIN.
    expect(screen.getByText('faq.en.md:3:1')).toBeTruthy();
  });

  it('says how many tries are left, and how long the pad is locked after five wrong PINs', async () => {
    fake.state.pin = '246810';
    showKiosk();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, shiftKey: true });
    await settle();
    expect(screen.getByRole('heading', { name: 'Enter the staff PIN' })).toBeTruthy();
    for (let i = 0; i < 4; i++) await pressPin('111111');
    expect(screen.getByRole('alert').textContent).toBe('That is not the PIN.');
    await pressPin('111111');
    expect(screen.getByRole('alert').textContent).toBe(
      'Too many wrong PINs. The pad takes a PIN again in 1:00.',
    );
    expect(screen.getByRole('button', { name: '5' }).hasAttribute('disabled')).toBe(true);
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'Too many wrong PINs. The pad takes a PIN again in 0:30.',
    );
  });

  it('is the way back when main has locked staff mode by itself', async () => {
    fake.state.pin = '246810';
    showKiosk();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, shiftKey: true });
    await settle();
    await pressPin('246810');
    await settle();
    expect(screen.getByRole('heading', { name: 'Ready for the doors?' })).toBeTruthy();
    fake.state.unlocked = false; // main's session ended
    fireEvent.click(screen.getByRole('button', { name: 'Dashboard' }));
    await settle();
    await settle();
    expect(screen.getByRole('heading', { name: 'Enter the staff PIN' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/locked itself/);
  });
});

describe('staff mode', () => {
  it('locks itself, in main too, after two minutes without a touch, and the loop comes back', async () => {
    fake.state.pin = '246810';
    showKiosk();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, shiftKey: true });
    await settle();
    await pressPin('246810');
    await settle();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    fireEvent.pointerDown(screen.getByRole('heading', { name: 'Ready for the doors?' }));
    act(() => {
      vi.advanceTimersByTime(119_000);
    });
    expect(staffOpen()).toBe(true);
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    await settle();
    expect(staffOpen()).toBe(false);
    expect(fake.state.unlocked).toBe(false);
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();
  });

  it('shows the day on the dashboard: counts, the chart, the most-read questions, the share', async () => {
    fake.state.pin = '246810';
    showKiosk();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, shiftKey: true });
    await settle();
    await pressPin('246810');
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Dashboard' }));
    await settle();
    expect(document.querySelector('.staff-number')?.textContent).toBe('3 signups today');
    expect(screen.getByRole('img', { name: 'Signups per hour today: 3 at 10am.' })).toBeTruthy();
    expect(screen.getByText('Who is AFSCME?')).toBeTruthy();
    expect(screen.getByText('Today: 2 of 8 visitors who read an answer signed up (25%).')).toBeTruthy();
  });
});
