import { describe, expect, it } from 'vitest';
import type { SignupForm } from '../../../../main/signups/form-config';
import type { SignupFieldName } from '../../../../main/signups/types';
import { validateSignup } from '../../../../main/signups/validate';
import { formEn, formsFor, submission } from './fixtures';

type Fields = Partial<Record<SignupFieldName, string>>;
const check = (lang: 'en' | 'es', fields: Fields) =>
  validateSignup(submission({ lang, fields: fields }), formsFor(lang));
const stored = (lang: 'en' | 'es', fields: Fields) => {
  const result = check(lang, fields);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.fields;
};
const errors = (lang: 'en' | 'es', fields: Fields) => {
  const result = check(lang, fields);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.fields)}`);
  return result.errors;
};

describe('validateSignup: what is stored', () => {
  it('keeps the form fields, trimmed, and leaves empty optional fields out', () => {
    expect(
      stored('en', { firstName: '  Ana ', lastName: 'Reyes\n', email: ' ana@example.org', workplace: '   ' }),
    ).toEqual({
      firstName: 'Ana',
      lastName: 'Reyes',
      email: 'ana@example.org',
    });
  });

  it('ignores fields the form does not have', () => {
    const onlyNames: SignupForm = { ...formEn, fields: formEn.fields.filter((f) => f.name !== 'zip') };
    const result = validateSignup(submission({ fields: { zip: 'not a zip', isStaff: 'yes' } as Fields }), {
      form: onlyNames,
      defaultForm: onlyNames,
    });
    expect(result).toEqual({
      ok: true,
      fields: { firstName: 'Ana', lastName: 'Reyes', email: 'ana@example.org' },
    });
  });

  it.each([
    ['a formula', '=HYPERLINK("http://evil.example","click")'],
    ['a leading plus', '+1'],
    ['a leading minus', '-2'],
    ['an at-formula', '@SUM(1)'],
    ['emoji', 'Ana 🦋✊🏽'],
    ['Arabic, right to left', 'مريم الحسيني'],
    ['Hebrew, right to left', 'נועה'],
    ['a tab-separated look-alike', 'Ana | Reyes'],
  ])('stores %s exactly as typed', (_, text) => {
    expect(stored('en', { firstName: text, workplace: text })).toMatchObject({
      firstName: text,
      workplace: text,
    });
  });

  it('stores combining accents typed apart (NFD) composed (NFC)', () => {
    const nfd = 'Jose\u0301 Nu\u0303n\u0303ez';
    const fields = stored('es', { firstName: nfd, lastName: 'Mu\u0308ller' });
    expect(fields.firstName).toBe('Jos\u00e9 N\u0169\u00f1ez');
    expect(fields.lastName).toBe('Müller');
  });

  it('lower-cases the email domain and keeps the part before the @', () => {
    expect(stored('en', { email: 'Ana.Reyes+UWH@Example.ORG' }).email).toBe('Ana.Reyes+UWH@example.org');
  });

  it.each([
    ['202-555-0143', '+12025550143'],
    ['(617) 555 0100', '+16175550100'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('stores the phone number %s as %s', (typed, e164) => {
    expect(stored('en', { email: '', phone: typed }).phone).toBe(e164);
  });

  it.each([
    ['60614', '60614'],
    ['60614-1234', '60614-1234'],
    ['606141234', '60614-1234'],
  ])('stores the ZIP code %s as %s', (typed, kept) => {
    expect(stored('en', { zip: typed }).zip).toBe(kept);
  });

  it.each([
    ['en', 'Peer specialist'],
    ['es', 'Especialista de apoyo entre pares'],
  ] as const)('stores a role chosen in %s in the default language', (lang, choice) => {
    expect(stored(lang, { role: choice }).role).toBe('Peer specialist');
  });

  it('counts characters, not UTF-16 units: 100 emoji fit a first name', () => {
    expect(stored('en', { firstName: '🦋'.repeat(100) }).firstName).toBe('🦋'.repeat(100));
  });

  it('accepts a first name of exactly 100 characters', () => {
    expect(stored('en', { firstName: 'a'.repeat(100) }).firstName).toHaveLength(100);
  });
});

describe('validateSignup: what is refused, and what the visitor reads', () => {
  it.each([
    ['en', { firstName: '' }, { firstName: 'Please fill in First name.' }],
    ['es', { firstName: '   ' }, { firstName: 'Completa el campo “Nombre”.' }],
    [
      'en',
      { firstName: 'a'.repeat(101) },
      { firstName: 'First name is too long: please keep it to 100 characters or fewer.' },
    ],
    [
      'es',
      { lastName: 'a'.repeat(10_000) },
      { lastName: 'El texto de “Apellido” es demasiado largo: usa como máximo 100 caracteres.' },
    ],
    [
      'en',
      { workplace: 'x'.repeat(1_000_000) },
      { workplace: 'Where you work is too long: please keep it to 200 characters or fewer.' },
    ],
    [
      'en',
      { firstName: 'Ana\u0000' },
      { firstName: 'First name has a character that cannot be saved: please type it again.' },
    ],
    [
      'es',
      { lastName: 'Re\u0000yes' },
      { lastName: '“Apellido” tiene un carácter que no se puede guardar: vuelve a escribirlo.' },
    ],
    [
      'en',
      { firstName: 'Ana\tLee' },
      { firstName: 'First name has a character that cannot be saved: please type it again.' },
    ],
    [
      'en',
      { firstName: 'Ana\u007f' },
      { firstName: 'First name has a character that cannot be saved: please type it again.' },
    ],
    [
      'en',
      { firstName: 'Ana\u0085' },
      { firstName: 'First name has a character that cannot be saved: please type it again.' },
    ],
    [
      'en',
      { firstName: 'Ana\ud800' },
      { firstName: 'First name has a character that cannot be saved: please type it again.' },
    ],
    [
      'en',
      { email: 'ana reyes@example.org' },
      { email: 'Please check the email address: it cannot have spaces.' },
    ],
    [
      'es',
      { email: 'ana @example.org' },
      { email: 'Revisa el correo electrónico: no puede tener espacios.' },
    ],
    ['en', { email: 'ana.example.org' }, { email: 'Please check the email address: it needs an @' }],
    ['es', { email: 'ana.example.org' }, { email: 'Revisa el correo electrónico: le falta la @' }],
    [
      'en',
      { email: 'ana@reyes@example.org' },
      { email: 'Please check the email address: it should have only one @' },
    ],
    [
      'es',
      { email: 'ana@gmail' },
      {
        email: 'Revisa el correo electrónico: lo que va después de la @ necesita un punto, como ejemplo.com',
      },
    ],
    [
      'en',
      { email: 'ana@example.' },
      { email: 'Please check the email address: something in it does not look right.' },
    ],
    [
      'en',
      { email: '@example.org' },
      { email: 'Please check the email address: something in it does not look right.' },
    ],
    [
      'en',
      { email: '', phone: '1-800-FLOWERS' },
      { phone: 'Please check the phone number: use digits only, no letters.' },
    ],
    [
      'es',
      { email: '', phone: '555 ABC 1234' },
      { phone: 'Revisa el número de teléfono: usa solo números, sin letras.' },
    ],
    [
      'en',
      { phone: '555' },
      { phone: 'Please check the phone number: it does not look like a complete number.' },
    ],
    [
      'es',
      { phone: '123-456-7890' },
      { phone: 'Revisa el número de teléfono: no parece un número completo.' },
    ],
    ['en', { zip: '6061' }, { zip: 'Please check the ZIP code: use 5 digits, like 12345 (or 12345-6789).' }],
    [
      'es',
      { zip: '60614-12' },
      { zip: 'Revisa el código postal: usa 5 dígitos, como 12345 (o 12345-6789).' },
    ],
    ['en', { zip: 'ABCDE' }, { zip: 'Please check the ZIP code: use 5 digits, like 12345 (or 12345-6789).' }],
    ['en', { role: 'Hacker' }, { role: 'Please choose one of the options for Your role.' }],
    // A Spanish reader can only have tapped a Spanish choice: an English one was not on their screen.
    ['es', { role: 'Peer specialist' }, { role: 'Elige una de las opciones de “Tu puesto”.' }],
    [
      'en',
      { email: '', phone: '' },
      { email: 'Please give an email address or a phone number, so an organizer can reach you.' },
    ],
    [
      'es',
      { email: ' ', phone: undefined },
      {
        email:
          'Escribe un correo electrónico o un número de teléfono, para que un organizador pueda comunicarse contigo.',
      },
    ],
  ] as const)('%s %j', (lang, fields, expected) => {
    expect(errors(lang, fields)).toEqual(expected);
  });

  it('asks for a phone on the phone box when the form has no email box', () => {
    const noEmail: SignupForm = { ...formEn, fields: formEn.fields.filter((f) => f.name !== 'email') };
    const result = validateSignup(submission({ fields: { email: 'ana@example.org' } }), {
      form: noEmail,
      defaultForm: noEmail,
    });
    expect(result).toEqual({
      ok: false,
      errors: { phone: 'Please give an email address or a phone number, so an organizer can reach you.' },
    });
  });

  it('asks for no contact when the form offers neither email nor phone', () => {
    const namesOnly: SignupForm = { ...formEn, fields: formEn.fields.slice(0, 2) };
    expect(validateSignup(submission(), { form: namesOnly, defaultForm: namesOnly })).toEqual({
      ok: true,
      fields: { firstName: 'Ana', lastName: 'Reyes' },
    });
  });

  it('reports every problem at once', () => {
    expect(
      Object.keys(errors('en', { firstName: '', lastName: 'x'.repeat(200), email: 'nope', zip: '1' })).sort(),
    ).toEqual(['email', 'firstName', 'lastName', 'zip']);
  });

  it('asks to choose a required choice field, rather than to fill it in', () => {
    const roleRequired: SignupForm = {
      ...formEn,
      fields: formEn.fields.map((f) => (f.name === 'role' ? { ...f, required: true } : f)),
    };
    expect(validateSignup(submission(), { form: roleRequired, defaultForm: roleRequired })).toEqual({
      ok: false,
      errors: { role: 'Please choose one of the options for Your role.' },
    });
  });

  it('speaks English to a language it has no messages for, and Spanish to es-US', () => {
    const french = validateSignup(submission({ lang: 'fr', fields: { firstName: '' } }), formsFor('en'));
    const spanish = validateSignup(submission({ lang: 'es-US', fields: { firstName: '' } }), formsFor('es'));
    expect(french).toEqual({ ok: false, errors: { firstName: 'Please fill in First name.' } });
    expect(spanish).toEqual({ ok: false, errors: { firstName: 'Completa el campo “Nombre”.' } });
  });
});

describe('validateSignup: a payload the form cannot have sent', () => {
  it.each([
    ['not an object', null],
    ['an array', []],
    ['no language', { fields: {}, consent: {}, attempt: 'a' }],
    ['a language that is no language tag', { lang: 'x'.repeat(500), fields: {}, consent: {}, attempt: 'a' }],
  ])('answers a form-level problem for %s', (_, payload) => {
    expect(validateSignup(payload as never, formsFor('en'))).toEqual({
      ok: false,
      errors: { form: 'Something went wrong with this form. Please start again.' },
    });
  });

  it('treats a value that is not text as not given', () => {
    const result = validateSignup(
      submission({ fields: { firstName: 42, lastName: ['Reyes'], email: { at: '@' } } as never }),
      formsFor('en'),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        firstName: 'Please fill in First name.',
        lastName: 'Please fill in Last name.',
        email: 'Please give an email address or a phone number, so an organizer can reach you.',
      },
    });
  });

  it('treats fields that are not an object as no fields', () => {
    const result = validateSignup(
      { lang: 'es', fields: 'Ana' as never, consent: {}, attempt: 'a' },
      formsFor('es'),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.firstName).toBe('Completa el campo “Nombre”.');
  });

  it('does not read inherited properties as fields', () => {
    const fields = Object.create({ firstName: 'Inherited' }) as Fields;
    Object.assign(fields, { lastName: 'Reyes', email: 'ana@example.org' });
    expect(validateSignup({ ...submission(), fields }, formsFor('en'))).toEqual({
      ok: false,
      errors: { firstName: 'Please fill in First name.' },
    });
  });
});
