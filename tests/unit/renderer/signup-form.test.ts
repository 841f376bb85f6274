import { describe, expect, it } from 'vitest';
import {
  answered,
  checked,
  choose,
  emptyForm,
  leave,
  sending,
  setConsent,
  setValue,
  submission,
  visibleErrors,
} from '../../../renderer/store/signup-form';
import { signupEnglish, signupSpanish } from './fixtures';

const errors = {
  firstName: 'Please fill in First name.',
  email: 'Please check the email address: it needs an @',
};

describe('a signup form being filled in', () => {
  it('starts empty, nothing ticked, no error, with its attempt id', () => {
    const form = emptyForm('attempt-1');
    expect(form).toMatchObject({ values: {}, choices: {}, consent: {}, attempt: 'attempt-1', tried: false });
    expect(submission(form, signupEnglish)).toEqual({ fields: {}, consent: { email: false, sms: false } });
  });

  it('shows only the errors of fields the visitor has left, then every one after a submit', () => {
    let form = checked(emptyForm('a'), errors, 'en');
    expect(visibleErrors(form)).toEqual({});
    form = leave(form, 'email');
    expect(visibleErrors(form)).toEqual({ email: errors.email });
    form = sending(form);
    expect(visibleErrors(form)).toEqual(errors);
  });

  it('sends text as typed, a choice in the language on screen, and every consent box', () => {
    let form = setValue(emptyForm('a'), 'firstName', ' María ');
    form = choose(form, 'role', 1);
    form = setConsent(form, 'sms', true);
    expect(submission(form, signupEnglish)).toEqual({
      fields: { firstName: ' María ', role: 'Case manager' },
      consent: { email: false, sms: true },
    });
    // The same tap, read in Spanish after a language change.
    expect(submission(form, signupSpanish).fields.role).toBe('Administrador(a) de casos');
  });

  it("keeps every value when main could not save, with main's message in the visitor's language", () => {
    const filled = sending(setValue(emptyForm('a'), 'email', 'maria@example.org'));
    const form = answered(filled, { status: 'not-saved', message: 'No pudimos guardar esto.' }, 'es');
    expect(form).toMatchObject({
      values: { email: 'maria@example.org' },
      attempt: 'a',
      sending: false,
      notSaved: { value: 'No pudimos guardar esto.', lang: 'es' },
    });
    // Trying again clears the message until main answers.
    expect(sending(form).notSaved).toBeNull();
  });

  it("shows main's errors after a refused submit", () => {
    const form = answered(sending(emptyForm('a')), { status: 'invalid', errors }, 'en');
    expect(visibleErrors(form)).toEqual(errors);
    expect(form.errors.lang).toBe('en');
  });
});
