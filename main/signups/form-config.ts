import type { SignupForm } from '../content/types';

export type { SignupField, SignupForm } from '../content/types';

/** The form in the visitor's language, and the same form in the content's default language. */
export interface FormPair {
  form: SignupForm;
  defaultForm: SignupForm;
}
