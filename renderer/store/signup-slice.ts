import type { StateCreator } from 'zustand';
import type { FieldErrors, SubmitResult } from '../../main/api';
import * as form from './signup-form';
import type { Store } from './index';

/** The signup form being filled in, and whether saving signups works. */
export interface SignupSlice {
  signup: form.SignupFormState;
  /** Why signups cannot be saved, in plain English for staff; null while saving works. */
  signupProblem: string | null;
  setSignupValue: (name: form.FieldName, value: string) => void;
  chooseSignupOption: (name: form.FieldName, index: number) => void;
  setSignupConsent: (channel: form.Channel, given: boolean) => void;
  // Main's answers name the form they answer: one that arrives after the visitor left is dropped.
  /** A check's answer; `left` is the field whose leaving asked for it. */
  signupChecked: (attempt: string, errors: FieldErrors, lang: string, left?: form.FieldName) => void;
  signupSending: (attempt: string) => void;
  /** A saved signup thanks the visitor, which empties the form. */
  signupAnswered: (attempt: string, result: SubmitResult, lang: string) => void;
  setSignupProblem: (problem: string | null) => void;
}

/** A random id for a new form; main saves each id once. Both hosts serve a secure context. */
export const newAttempt = (): string => crypto.randomUUID();

/** An empty form with its own attempt id: what every visitor starts from. */
export const freshForm = (): form.SignupFormState => form.emptyForm(newAttempt());

export const createSignupSlice: StateCreator<Store, [], [], SignupSlice> = (set, get) => {
  const update = (change: (current: form.SignupFormState) => form.SignupFormState) =>
    set((state) => ({ signup: change(state.signup) }));
  const answer = (attempt: string, change: (current: form.SignupFormState) => form.SignupFormState) =>
    update((current) => (current.attempt === attempt ? change(current) : current));
  return {
    signup: freshForm(),
    signupProblem: null,
    setSignupValue: (name, value) => update((current) => form.setValue(current, name, value)),
    chooseSignupOption: (name, index) => update((current) => form.choose(current, name, index)),
    setSignupConsent: (channel, given) => update((current) => form.setConsent(current, channel, given)),
    signupChecked: (attempt, errors, lang, left) =>
      answer(attempt, (current) => form.checked(left ? form.leave(current, left) : current, errors, lang)),
    signupSending: (attempt) => answer(attempt, form.sending),
    signupAnswered: (attempt, result, lang) => {
      if (get().signup.attempt !== attempt) return;
      if (result.status === 'saved') get().thank();
      else answer(attempt, (current) => form.answered(current, result, lang));
    },
    setSignupProblem: (signupProblem) => set({ signupProblem }),
  };
};
