import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app';
import { useKiosk } from '../../../renderer/store';
import { contentState, contentWithSignup } from './fixtures';

const callMain = vi.hoisted(() => vi.fn());
vi.mock('../../../renderer/api', async (original) => ({ ...(await original<object>()), callMain }));

beforeEach(() => {
  vi.useFakeTimers();
  callMain.mockImplementation((name: string) =>
    Promise.resolve(name === 'getSignupStatus' ? { count: 0, problem: null } : { errors: {} }),
  );
  act(() => useKiosk.getState().setContent(contentState({ content: contentWithSignup })));
  render(<App />);
  fireEvent.click(screen.getByRole('button', { name: 'Join the campaign' }));
});
afterEach(() => {
  callMain.mockReset();
  vi.useRealTimers();
});

const field = (name: string) =>
  screen.getByRole<HTMLInputElement>('textbox', { name: new RegExp(`^${name}`) });
const keyboard = () => screen.queryByRole('group', { name: 'Keyboard' });
const press = (name: string) => fireEvent.pointerDown(within(keyboard()!).getByRole('button', { name }));

describe('the on-screen keyboard', () => {
  it('comes up with the field, types a capitalised name with accents, and goes at "Done"', () => {
    expect(keyboard()).toBeNull();
    act(() => field('First name').focus());
    for (const key of ['M', 'a', 'r', 'í', 'a']) press(key);
    press('Space');
    for (const key of ['J', 'o', 's', 'é']) press(key);
    press('Delete');
    expect(field('First name').value).toBe('María Jos');
    expect(useKiosk.getState().signup.values.firstName).toBe('María Jos');
    press('Done');
    expect(keyboard()).toBeNull();
  });

  it('offers the email layout with "@" and common addresses, and a number pad for the phone', () => {
    act(() => field('Email').focus());
    for (const key of ['a', 'n', 'a', '@gmail.com']) press(key);
    expect(field('Email').value).toBe('ana@gmail.com');
    act(() => field('Mobile phone').focus());
    expect(within(keyboard()!).queryByRole('button', { name: 'q' })).toBeNull();
    for (const key of ['2', '0', '2']) press(key);
    expect(field('Mobile phone').value).toBe('202');
  });

  it('never takes the place of a hardware keyboard', () => {
    act(() => field('Last name').focus());
    fireEvent.change(field('Last name'), { target: { value: 'Peña' } });
    press('s');
    expect(field('Last name').value).toBe('Peñas');
  });
});
