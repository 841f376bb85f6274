import type { Content } from '../content/types';
import type { FormPair } from './form-config';

/**
 * The signup form in the visitor's language and in the default one, from the content on screen,
 * with the language the form is in; null when the content takes no signups. A language the kiosk
 * does not offer gets the default form, and the record then says the default language.
 */
export function signupForms(content: Content | null, lang: string): (FormPair & { lang: string }) | null {
  const defaultForm = content?.byLanguage[content.defaultLanguage]?.signup;
  if (!content || !defaultForm) return null;
  const form = content.byLanguage[lang]?.signup;
  return form
    ? { form, defaultForm, lang }
    : { form: defaultForm, defaultForm, lang: content.defaultLanguage };
}
