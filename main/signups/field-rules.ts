import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js';
import type { SignupField } from './form-config';
import type { SignupMessages } from './messages';
import type { SignupFieldName } from './types';

/** A field's cleaned value, or what to tell the visitor about it. */
export type Checked = { value: string } | { error: string };

/** Longest value each field keeps, in characters (code points) after trimming and NFC. */
export const MAX_LENGTH: Record<SignupFieldName, number> = {
  firstName: 100,
  lastName: 100,
  email: 254,
  phone: 200,
  workplace: 200,
  role: 200,
  zip: 200,
};

// Far past any real answer even with stray spaces: such a string is refused before it is
// normalised, so a pasted megabyte costs nothing.
const HOPELESS_LENGTH = 100_000;
// C0, DEL and C1: invisible, they break exports and are never typed on purpose. Lone surrogates
// are refused too, since they cannot be written as UTF-8.
const BAD_CHARACTER = /[\p{Cc}\p{Cs}]/u;

function codePoints(text: string, max: number): number {
  // Counting is only needed near the limit: UTF-16 length is between 1x and 2x the code points.
  return text.length <= max || text.length > 2 * max ? text.length : Array.from(text).length;
}

/** Trims and NFC-normalises `raw`, refusing it when too long or holding a control character. */
export function cleanText(raw: string, name: SignupFieldName, label: string, m: SignupMessages): Checked {
  const max = MAX_LENGTH[name];
  if (raw.length > HOPELESS_LENGTH) return { error: m.tooLong(label, max) };
  const text = raw.trim().normalize('NFC');
  if (codePoints(text, max) > max) return { error: m.tooLong(label, max) };
  if (BAD_CHARACTER.test(text)) return { error: m.badCharacter(label) };
  return { value: text };
}

const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const LOCAL_PART = /^[^\s@",;:<>()[\]\\]+$/u;

/** A sane email check: one @, no spaces, a dotted domain. The domain is lower-cased, the rest kept. */
export function checkEmail(text: string, m: SignupMessages): Checked {
  if (/\s/u.test(text)) return { error: m.emailSpaces() };
  const parts = text.split('@');
  if (parts.length === 1) return { error: m.emailNoAt() };
  if (parts.length > 2) return { error: m.emailManyAt() };
  const [local = '', domain = ''] = parts;
  if (!domain.includes('.')) return { error: m.emailDomain() };
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const saneDomain = labels.every((part) => DOMAIN_LABEL.test(part)) && tld.length >= 2 && !/^\d+$/.test(tld);
  if (!LOCAL_PART.test(local) || !saneDomain) return { error: m.emailInvalid() };
  return { value: `${local}@${domain.toLowerCase()}` };
}

/** A phone number valid in `region` (or with its own country code), stored in E.164. */
export function checkPhone(text: string, region: string, m: SignupMessages): Checked {
  // libphonenumber reads letters as keypad digits (1-800-FLOWERS); a typo is likelier here.
  if (/\p{L}/u.test(text)) return { error: m.phoneLetters() };
  if (!/^[\d\s()+\-./]+$/.test(text)) return { error: m.phoneInvalid() };
  try {
    const phone = parsePhoneNumberWithError(text, { defaultCountry: region as CountryCode });
    return phone.isValid() ? { value: phone.number } : { error: m.phoneInvalid() };
  } catch {
    return { error: m.phoneInvalid() };
  }
}

/** A US ZIP code: 5 digits, or ZIP+4 stored as `12345-6789` whether typed with the dash or not. */
export function checkZip(text: string, m: SignupMessages): Checked {
  const match = /^(\d{5})(?:-?(\d{4}))?$/.exec(text);
  if (!match) return { error: m.zip() };
  return { value: match[2] ? `${match[1]}-${match[2]}` : match[1]! };
}

/**
 * One of the field's choices in the visitor's language, stored as the default language's choice
 * at the same place, so an export holds one language whatever the visitors read.
 */
export function checkChoice(
  text: string,
  field: SignupField,
  defaultField: SignupField | undefined,
  m: SignupMessages,
): Checked {
  const clean = (choice: string) => choice.trim().normalize('NFC');
  const index = (field.choices ?? []).findIndex((choice) => clean(choice) === text);
  if (index < 0) return { error: m.chooseOne(field.label) };
  const stored = defaultField?.choices?.[index];
  return { value: stored === undefined ? text : clean(stored) };
}
