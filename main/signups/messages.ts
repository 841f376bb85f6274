/**
 * What the kiosk tells a visitor about their signup, in their language. Friendly and specific:
 * a visitor fixing a typo at a busy table should see what to change, never a scary alert.
 */
export interface SignupMessages {
  required(label: string): string;
  chooseOne(label: string): string;
  tooLong(label: string, max: number): string;
  badCharacter(label: string): string;
  needContact(): string;
  emailSpaces(): string;
  emailNoAt(): string;
  emailManyAt(): string;
  emailDomain(): string;
  emailInvalid(): string;
  phoneLetters(): string;
  phoneInvalid(): string;
  zip(): string;
  badForm(): string;
  notSaved(): string;
}

const en: SignupMessages = {
  required: (label) => `Please fill in ${label}.`,
  chooseOne: (label) => `Please choose one of the options for ${label}.`,
  tooLong: (label, max) => `${label} is too long: please keep it to ${max} characters or fewer.`,
  badCharacter: (label) => `${label} has a character that cannot be saved: please type it again.`,
  needContact: () => 'Please give an email address or a phone number, so an organizer can reach you.',
  emailSpaces: () => 'Please check the email address: it cannot have spaces.',
  emailNoAt: () => 'Please check the email address: it needs an @',
  emailManyAt: () => 'Please check the email address: it should have only one @',
  emailDomain: () => 'Please check the email address: the part after the @ needs a dot, like example.com',
  emailInvalid: () => 'Please check the email address: something in it does not look right.',
  phoneLetters: () => 'Please check the phone number: use digits only, no letters.',
  phoneInvalid: () => 'Please check the phone number: it does not look like a complete number.',
  zip: () => 'Please check the ZIP code: use 5 digits, like 12345 (or 12345-6789).',
  badForm: () => 'Something went wrong with this form. Please start again.',
  notSaved: () => 'We could not save this. Please let a staff member know.',
};

const es: SignupMessages = {
  required: (label) => `Completa el campo “${label}”.`,
  chooseOne: (label) => `Elige una de las opciones de “${label}”.`,
  tooLong: (label, max) => `El texto de “${label}” es demasiado largo: usa como máximo ${max} caracteres.`,
  badCharacter: (label) => `“${label}” tiene un carácter que no se puede guardar: vuelve a escribirlo.`,
  needContact: () =>
    'Escribe un correo electrónico o un número de teléfono, para que un organizador pueda comunicarse contigo.',
  emailSpaces: () => 'Revisa el correo electrónico: no puede tener espacios.',
  emailNoAt: () => 'Revisa el correo electrónico: le falta la @',
  emailManyAt: () => 'Revisa el correo electrónico: debe tener una sola @',
  emailDomain: () =>
    'Revisa el correo electrónico: lo que va después de la @ necesita un punto, como ejemplo.com',
  emailInvalid: () => 'Revisa el correo electrónico: algo no parece estar bien.',
  phoneLetters: () => 'Revisa el número de teléfono: usa solo números, sin letras.',
  phoneInvalid: () => 'Revisa el número de teléfono: no parece un número completo.',
  zip: () => 'Revisa el código postal: usa 5 dígitos, como 12345 (o 12345-6789).',
  badForm: () => 'Algo salió mal con este formulario. Vuelve a empezar, por favor.',
  notSaved: () => 'No pudimos guardar esto. Avisa a alguien del personal.',
};

const catalogue: Record<string, SignupMessages> = { en, es };

/** The messages for a language tag such as `es` or `es-US`; English for any language without its own. */
export function signupMessages(lang: unknown): SignupMessages {
  const primary = typeof lang === 'string' ? lang.split('-')[0]!.toLowerCase() : '';
  return Object.hasOwn(catalogue, primary) ? catalogue[primary]! : en;
}
