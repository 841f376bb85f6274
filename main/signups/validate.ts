import { checkChoice, checkEmail, checkPhone, checkZip, cleanText, type Checked } from './field-rules';
import type { FormPair, SignupField, SignupForm } from './form-config';
import { signupMessages, type SignupMessages } from './messages';
import type { FieldErrors, SignupFieldName, SignupSubmission } from './types';

/** The cleaned fields ready to store, or the problems to show the visitor. */
export type Validation =
  { ok: true; fields: Partial<Record<SignupFieldName, string>> } | { ok: false; errors: FieldErrors };

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkField(field: SignupField, raw: string, pair: FormPair, m: SignupMessages): Checked {
  const cleaned = cleanText(raw, field.name, field.label, m);
  if ('error' in cleaned || cleaned.value === '') return cleaned;
  const text = cleaned.value;
  if (field.choices) {
    return checkChoice(
      text,
      field,
      pair.defaultForm.fields.find((f) => f.name === field.name),
      m,
    );
  }
  if (field.name === 'email') return checkEmail(text, m);
  if (field.name === 'phone') return checkPhone(text, pair.form.phoneRegion, m);
  if (field.name === 'zip') return checkZip(text, m);
  return cleaned;
}

// Organizers need a way to reach the person; the message goes on the first of the two boxes.
// A typo in either box already has its own message, which says more than this one would.
function missingContact(
  form: SignupForm,
  fields: Partial<Record<SignupFieldName, string>>,
  errors: FieldErrors,
) {
  const names = new Set(form.fields.map((field) => field.name));
  if (!names.has('email') && !names.has('phone')) return null;
  if (fields.email || fields.phone || errors.email || errors.phone) return null;
  return names.has('email') ? 'email' : 'phone';
}

/**
 * Checks a submission against the form the visitor saw. Main is the only authority: whatever the
 * renderer sends, only the form's own fields are kept, cleaned and checked; text is otherwise
 * stored as typed (formula-like strings, emoji, any script), since neutralising it is the export's job.
 */
export function validateSignup(submission: SignupSubmission, pair: FormPair): Validation {
  const input: unknown = submission;
  const m = signupMessages(isObject(input) ? input.lang : undefined);
  if (!isObject(input) || typeof input.lang !== 'string' || !LANGUAGE_TAG.test(input.lang)) {
    return { ok: false, errors: { form: m.badForm() } };
  }
  const given = isObject(input.fields) ? input.fields : {};
  const fields: Partial<Record<SignupFieldName, string>> = {};
  const errors: FieldErrors = {};
  for (const field of pair.form.fields) {
    const raw = Object.hasOwn(given, field.name) ? given[field.name] : undefined;
    // A value of the wrong type is treated as not given: the visitor cannot have typed it.
    const checked = checkField(field, typeof raw === 'string' ? raw : '', pair, m);
    if ('error' in checked) errors[field.name] = checked.error;
    else if (checked.value !== '') fields[field.name] = checked.value;
    else if (field.required) {
      errors[field.name] = field.choices ? m.chooseOne(field.label) : m.required(field.label);
    }
  }
  const contact = missingContact(pair.form, fields, errors);
  if (contact) errors[contact] = m.needContact();
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, fields };
}
