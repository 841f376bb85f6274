import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldErrors, SubmitResult } from '../../../main/api';
import { App } from '../../../renderer/app';
import { useKiosk } from '../../../renderer/store';
import { THANKS_MS } from '../../../renderer/store/idle';
import { content, contentState, contentWithSignup, signupEnglish } from './fixtures';

const callMain = vi.hoisted(() => vi.fn());
vi.mock('../../../renderer/api', async (original) => ({ ...(await original<object>()), callMain }));

/** What the stand-in main answers: each test sets the parts it needs. */
let answers: { check: FieldErrors; submit: SubmitResult[]; problem: string | null };

beforeEach(() => {
  vi.useFakeTimers();
  answers = { check: {}, submit: [], problem: null };
  callMain.mockImplementation((name: string) => {
    if (name === 'checkSignup') return Promise.resolve({ errors: answers.check });
    if (name === 'submitSignup') return Promise.resolve(answers.submit.shift() ?? { status: 'saved' });
    if (name === 'getSignupStatus') return Promise.resolve({ count: 0, problem: answers.problem });
    return Promise.reject(new Error(`unexpected call ${name}`));
  });
});
afterEach(() => {
  callMain.mockReset();
  vi.useRealTimers();
});

/** Lets main's answers arrive and React draw them. */
const settle = () => act(() => vi.advanceTimersByTimeAsync(100));

function showForm(state = contentState({ content: contentWithSignup })) {
  act(() => useKiosk.getState().setContent(state));
  const view = render(<App />);
  fireEvent.click(screen.getByRole('button', { name: 'Join the campaign' }));
  return view;
}

const input = (name: string) =>
  screen.getByRole<HTMLInputElement>('textbox', { name: new RegExp(`^${name}`) });
const submitButton = () => screen.getByRole('button', { name: 'Sign me up' });
const calls = (name: string) => callMain.mock.calls.filter(([call]) => call === name);

function fillIn() {
  fireEvent.change(input('First name'), { target: { value: 'María' } });
  fireEvent.change(input('Email'), { target: { value: 'maria@example.org' } });
  fireEvent.click(screen.getByRole('radio', { name: 'Case manager' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Email me about the campaign.' }));
}

describe('the signup form', () => {
  it('is one tap away on the attract loop, without starting the visit', () => {
    showForm();
    expect(useKiosk.getState().session.screen).toEqual({ name: 'signup' });
    expect(screen.getByRole('heading', { name: 'Stay in touch' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(50);
    }); // focus moves once the screen is painted
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Stay in touch' }));
  });

  it('offers "Join the campaign" on the questions and answers too, and nowhere when signups are off', () => {
    act(() => useKiosk.getState().setContent(contentState({ content: contentWithSignup })));
    const { unmount } = render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    fireEvent.click(screen.getByRole('button', { name: 'Who is AFSCME?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Join the campaign' }));
    expect(screen.getByRole('heading', { name: 'Stay in touch' })).toBeTruthy();
    unmount();

    act(() => useKiosk.getState().home());
    act(() => useKiosk.getState().setContent(contentState({ content })));
    render(<App />);
    expect(screen.queryByRole('button', { name: 'Join the campaign' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    expect(screen.queryByRole('button', { name: 'Join the campaign' })).toBeNull();
  });

  it('shows every configured field in order, labelled, with the right keyboard, and unticked consent boxes', () => {
    const { container } = showForm();
    const controls = [...container.querySelectorAll('form input:not([type=radio]):not([type=checkbox])')];
    expect(controls.map((element) => element.id)).toEqual([
      'signup-firstName',
      'signup-lastName',
      'signup-email',
      'signup-phone',
      'signup-zip',
    ]);
    expect(input('First name').getAttribute('aria-required')).toBe('true');
    expect(input('Last name').getAttribute('aria-required')).toBe('false');
    expect(screen.getByText('First name').querySelector('.required-mark')?.textContent).toBe('required');
    expect(input('Email').getAttribute('type')).toBe('email');
    // The kiosk's own keyboard: letters, an email layout, a number pad; the system's stays away.
    expect(controls.map((control) => control.getAttribute('data-keyboard'))).toEqual([
      'letters',
      'letters',
      'email',
      'numbers',
      'numbers',
    ]);
    for (const control of controls) {
      expect(control.getAttribute('autocomplete')).toBe('off');
      expect(control.getAttribute('inputmode')).toBe('none');
    }
    const roles = within(screen.getByRole('radiogroup', { name: 'Your role' })).getAllByRole('radio');
    expect(roles).toHaveLength(3);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual(
      signupEnglish.consent.map((consent) => consent.text),
    );
    for (const box of boxes) expect((box as HTMLInputElement).checked).toBe(false);
  });

  it('checks a field when the visitor leaves it, and shows only the errors of fields already left', async () => {
    showForm();
    answers.check = {
      firstName: 'Please fill in First name.',
      email: 'Please check the email address: it needs an @',
    };
    fireEvent.change(input('Email'), { target: { value: 'maria.example.org' } });
    act(() => input('Email').focus());
    act(() => input('Mobile phone').focus());
    await settle();
    expect(calls('checkSignup').at(-1)?.[1]).toEqual({
      lang: 'en',
      fields: { email: 'maria.example.org' },
      consent: { email: false, sms: false },
    });
    const email = input('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Please check the email address: it needs an @',
    );
    expect(screen.queryByText('Please fill in First name.')).toBeNull();
    expect(input('First name').getAttribute('aria-invalid')).toBeNull();
  });

  it('holds a new message back while a finger is down, so the button under it cannot move away', async () => {
    showForm();
    const message = 'Please check the email address: it needs an @';
    answers.check = { email: message };
    fireEvent.change(input('Email'), { target: { value: 'maria.example.org' } });
    act(() => input('Email').focus());
    fireEvent.pointerDown(submitButton(), { pointerId: 7 });
    act(() => submitButton().focus());
    await settle();
    expect(screen.queryByText(message)).toBeNull();
    fireEvent.pointerUp(submitButton(), { pointerId: 7 });
    await settle();
    expect(screen.getByText(message)).toBeTruthy();
  });

  it("shows main's errors on a refused submit, and moves focus to the first field in error", async () => {
    showForm();
    answers.submit = [
      {
        status: 'invalid',
        errors: { email: 'Please check the email address: it needs an @', zip: 'Please check the ZIP code.' },
      },
    ];
    fireEvent.change(input('Email'), { target: { value: 'maria.example.org' } });
    fireEvent.click(submitButton());
    await settle();
    expect(screen.getByText('Please check the email address: it needs an @')).toBeTruthy();
    expect(screen.getByText('Please check the ZIP code.')).toBeTruthy();
    expect(document.activeElement).toBe(input('Email'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useKiosk.getState().session.screen.name).toBe('signup');
  });

  it('shows a form-wide error above the submit button', async () => {
    showForm();
    answers.submit = [{ status: 'invalid', errors: { form: 'Something went wrong with this form.' } }];
    fireEvent.click(submitButton());
    await settle();
    const error = screen.getByText('Something went wrong with this form.');
    expect(error.compareDocumentPosition(submitButton()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.activeElement).toBe(error);
  });

  it('keeps every value when main cannot save, says so calmly, and retries with the same attempt', async () => {
    showForm();
    answers.problem = 'The disk is full: free some space.';
    answers.submit = [
      { status: 'not-saved', message: 'We could not save this. Please let a staff member know.' },
    ];
    fillIn();
    fireEvent.click(submitButton());
    await settle();
    const [status] = screen
      .getAllByRole('status')
      .filter((region) => region.textContent?.includes('We could not save this'));
    expect(status).toBeTruthy();
    expect(input('First name').value).toBe('María');
    expect(input('Email').value).toBe('maria@example.org');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Case manager' }).checked).toBe(true);
    expect(screen.queryByText(signupEnglish.thankYou)).toBeNull();

    // Staff see that it happens, discreetly; why (it names the data folder) only in staff mode.
    expect(screen.getByText(/Signups are not being saved/)).toBeTruthy();
    expect(screen.queryByText('The disk is full: free some space.')).toBeNull();

    answers.problem = null;
    fireEvent.click(submitButton());
    await settle();
    const [first, second] = calls('submitSignup').map(([, input]) => input as { attempt: string });
    expect(first!.attempt).toMatch(/^[\w-]{8,100}$/);
    expect(second!.attempt).toBe(first!.attempt);
    expect(screen.getByRole('heading', { name: signupEnglish.thankYou })).toBeTruthy();
    expect(screen.queryByText(/Signups are not being saved/)).toBeNull();
  });

  it('thanks the visitor once saved, forgets the form, and starts over by itself', async () => {
    showForm();
    fillIn();
    fireEvent.click(submitButton());
    await settle();
    expect(calls('submitSignup')[0]?.[1]).toMatchObject({
      lang: 'en',
      fields: { firstName: 'María', email: 'maria@example.org', role: 'Case manager' },
      consent: { email: true, sms: false },
    });
    expect(screen.getByRole('heading', { name: signupEnglish.thankYou })).toBeTruthy();
    expect(useKiosk.getState().signup).toMatchObject({ values: {}, choices: {}, consent: {}, tried: false });
    expect(document.querySelector('input')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(THANKS_MS + 1000));
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Join the campaign' }));
    expect(input('First name').value).toBe('');
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'Email me about the campaign.' }).checked,
    ).toBe(false);
  });

  it('thanks in Spanish, and goes home at a tap', async () => {
    act(() => useKiosk.getState().setContent(contentState({ content: contentWithSignup })));
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    fireEvent.click(screen.getByRole('button', { name: 'Únete a la campaña' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Nombre/ }), { target: { value: 'Ana' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inscríbeme' }));
    await settle();
    expect(calls('submitSignup')[0]?.[1]).toMatchObject({ lang: 'es', fields: { firstName: 'Ana' } });
    expect(
      screen.getByRole('heading', { name: '¡Gracias! Un organizador se comunicará contigo pronto.' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Inicio' }));
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeTruthy();
  });

  it.each([
    ['Home', () => fireEvent.click(screen.getByRole('button', { name: 'Home' }))],
    ['Back', () => fireEvent.click(screen.getByRole('button', { name: /Back/ }))],
    [
      'walking away',
      () =>
        act(() => {
          vi.advanceTimersByTime((content.idle.formSeconds + content.idle.warningSeconds) * 1000 + 1000);
        }),
    ],
  ])('forgets everything typed on %s', (_how, leave) => {
    showForm();
    fillIn();
    const attempt = useKiosk.getState().signup.attempt;
    leave();
    expect(useKiosk.getState().session.screen.name).not.toBe('signup');
    expect(useKiosk.getState().signup).toMatchObject({ values: {}, choices: {}, consent: {}, left: [] });
    expect(useKiosk.getState().signup.attempt).not.toBe(attempt);
    expect(document.body.innerHTML).not.toContain('María');
    act(() => useKiosk.getState().openSignup());
    expect(input('First name').value).toBe('');
  });

  it('counts typing as activity, so a visitor filling the form in is not sent away', () => {
    showForm();
    // Longer on the form, all told, than it may stay quiet.
    const quiet = (content.idle.formSeconds + content.idle.warningSeconds) * 1000;
    for (let i = 0; i < 3; i++) {
      act(() => {
        vi.advanceTimersByTime(quiet / 2);
      });
      fireEvent.input(input('First name'), { target: { value: `Mar${i}` } });
    }
    act(() => {
      vi.advanceTimersByTime(quiet / 2);
    });
    expect(useKiosk.getState().session.screen.name).toBe('signup');
  });

  it('keeps the typed values on a language change, and asks main for the messages again', async () => {
    showForm();
    answers.check = { email: 'Please check the email address: it needs an @' };
    fireEvent.change(input('Email'), { target: { value: 'maria.example.org' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Case manager' }));
    act(() => input('Email').focus());
    act(() => input('Mobile phone').focus());
    await settle();
    answers.check = { email: 'Revisa el correo electrónico: le falta la @' };
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    await settle();
    const email = screen.getByRole<HTMLInputElement>('textbox', { name: /^Correo electrónico/ });
    expect(email.value).toBe('maria.example.org');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Administrador(a) de casos' }).checked).toBe(
      true,
    );
    expect(calls('checkSignup').at(-1)?.[1]).toMatchObject({
      lang: 'es',
      fields: { role: 'Administrador(a) de casos' },
    });
    const error = screen.getByText('Revisa el correo electrónico: le falta la @');
    expect(error.getAttribute('lang')).toBe('es');
  });

  it('never shows a check that answers after the visitor left the form', async () => {
    showForm();
    let answer!: (value: { errors: FieldErrors }) => void;
    callMain.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    fireEvent.change(input('Email'), { target: { value: 'x' } });
    act(() => input('Email').focus());
    act(() => input('Mobile phone').focus());
    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    answer({ errors: { email: 'Please check the email address: it needs an @' } });
    await settle();
    expect(useKiosk.getState().signup.errors.value).toEqual({});
  });
});
