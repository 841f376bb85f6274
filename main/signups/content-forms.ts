import type { Content } from '../content/types';
import type { FormPair } from './form-config';

/**
 * The signup form in the visitor's language and in the default one, from the content on screen;
 * null when the content takes no signups. A language the kiosk does not offer gets the default.
 */
export function signupForms(content: Content | null, lang: string): FormPair | null {
  const defaultForm = content?.byLanguage[content.defaultLanguage]?.signup;
  if (!content || !defaultForm) return null;
  return { form: content.byLanguage[lang]?.signup ?? defaultForm, defaultForm };
}
