import type { FieldErrors, SignupField, SignupForm, SubmitResult } from '../../main/api';

/** A detail the form asks for. */
export type FieldName = SignupField['name'];
/** A way of being contacted, each with its own consent box. */
export type Channel = SignupForm['consent'][number]['channel'];

/** Text from main, with the language it is written in (the visitor may switch since). */
export interface Said<T> {
  value: T;
  lang: string;
}

/**
 * One visitor's signup form as they fill it in. It lives only while the form is on screen: the
 * session slice empties it whenever the visitor leaves the form, for whatever reason.
 */
export interface SignupFormState {
  /** Text as typed, per field. */
  values: Partial<Record<FieldName, string>>;
  /** The choice tapped in a choice field, by position, so it survives a language change. */
  choices: Partial<Record<FieldName, number>>;
  /** Which consent boxes are ticked; none is ticked to begin with. */
  consent: Partial<Record<Channel, boolean>>;
  /** The id main uses to save this form once, however many times the visitor retries. */
  attempt: string;
  /** Fields the visitor has left: only their errors show before the first submit. */
  left: FieldName[];
  /** Whether the visitor has pressed submit: from then on every error shows. */
  tried: boolean;
  /** Main's latest answer about the form, every field's error included. */
  errors: Said<FieldErrors>;
  /** Main's calm message when the last submit could not be saved. */
  notSaved: Said<string> | null;
  sending: boolean;
}

// Each change is a pure function from one form to the next, like the session's moves.

/** A form nobody has touched, with a fresh attempt id. */
export const emptyForm = (attempt: string): SignupFormState => ({
  values: {},
  choices: {},
  consent: {},
  attempt,
  left: [],
  tried: false,
  errors: { value: {}, lang: '' },
  notSaved: null,
  sending: false,
});

export const setValue = (form: SignupFormState, name: FieldName, value: string): SignupFormState => ({
  ...form,
  values: { ...form.values, [name]: value },
});

export const choose = (form: SignupFormState, name: FieldName, index: number): SignupFormState => ({
  ...form,
  choices: { ...form.choices, [name]: index },
});

export const setConsent = (form: SignupFormState, channel: Channel, given: boolean): SignupFormState => ({
  ...form,
  consent: { ...form.consent, [channel]: given },
});

export const leave = (form: SignupFormState, name: FieldName): SignupFormState =>
  form.left.includes(name) ? form : { ...form, left: [...form.left, name] };

/** Main's errors from a check on the way (a field left, a language changed). */
export const checked = (form: SignupFormState, errors: FieldErrors, lang: string): SignupFormState => ({
  ...form,
  errors: { value: errors, lang },
});

export const sending = (form: SignupFormState): SignupFormState => ({
  ...form,
  tried: true,
  sending: true,
  notSaved: null,
});

/** Main's answer to a submit. A saved form is emptied by leaving the screen, not here. */
export const answered = (form: SignupFormState, result: SubmitResult, lang: string): SignupFormState => {
  const done = { ...form, sending: false };
  if (result.status === 'invalid') return { ...done, errors: { value: result.errors, lang } };
  if (result.status === 'not-saved')
    return { ...done, errors: { value: {}, lang }, notSaved: { value: result.message, lang } };
  return done;
};

/** The errors the visitor should see now: those of fields already left, or all after a submit. */
export const visibleErrors = (form: SignupFormState): FieldErrors => {
  if (form.tried) return form.errors.value;
  const shown: FieldErrors = {};
  for (const name of form.left) if (form.errors.value[name]) shown[name] = form.errors.value[name];
  return shown;
};

/** What main is sent: each field as typed, choices as the visitor's language words them, every box. */
export const submission = (form: SignupFormState, signup: SignupForm) => {
  const fields: Partial<Record<FieldName, string>> = {};
  for (const field of signup.fields) {
    const value = field.choices ? field.choices[form.choices[field.name] ?? -1] : form.values[field.name];
    if (value !== undefined) fields[field.name] = value;
  }
  const consent: Partial<Record<Channel, boolean>> = {};
  for (const { channel } of signup.consent) consent[channel] = form.consent[channel] === true;
  return { fields, consent };
};
