import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignupForm } from '../../../../main/signups/form-config';
import { buildRecord } from '../../../../main/signups/record';
import type { SignupRecord, SignupSubmission } from '../../../../main/signups/types';

const consentEn =
  'I agree that United We Heal and AFSCME may contact me about the campaign by email. My details stay on this kiosk until campaign staff collect them, and are never sold.';
const consentEs =
  'Acepto que United We Heal y AFSCME se comuniquen conmigo sobre la campaña por correo electrónico. Mis datos se quedan en este quiosco hasta que el personal de la campaña los recoja, y nunca se venden.';

/** The signup form as the default content has it, in English. */
export const formEn: SignupForm = {
  button: 'Join the campaign',
  title: 'Stay in touch with United We Heal',
  intro: 'Leave your details and an organizer from your area will reach out.',
  fields: [
    { name: 'firstName', label: 'First name', required: true },
    { name: 'lastName', label: 'Last name', required: true },
    { name: 'email', label: 'Email', required: false },
    { name: 'phone', label: 'Mobile phone', required: false },
    { name: 'workplace', label: 'Where you work', required: false },
    {
      name: 'role',
      label: 'Your role',
      required: false,
      choices: ['Therapist or counselor', 'Case manager', 'Peer specialist', 'Support staff', 'Other'],
    },
    { name: 'zip', label: 'ZIP code', required: false },
  ],
  consent: [
    { channel: 'email', text: consentEn },
    {
      channel: 'sms',
      text: 'I agree to get text messages about the campaign. Message and data rates may apply.',
    },
  ],
  submit: 'Sign me up',
  thankYou: 'Thank you! An organizer will be in touch soon.',
  phoneRegion: 'US',
  sealTo: [],
};

/** The same form in Spanish. */
export const formEs: SignupForm = {
  button: 'Únete a la campaña',
  title: 'Mantente en contacto con United We Heal',
  intro: 'Deja tus datos y un organizador de tu zona se comunicará contigo.',
  fields: [
    { name: 'firstName', label: 'Nombre', required: true },
    { name: 'lastName', label: 'Apellido', required: true },
    { name: 'email', label: 'Correo electrónico', required: false },
    { name: 'phone', label: 'Teléfono celular', required: false },
    { name: 'workplace', label: 'Dónde trabajas', required: false },
    {
      name: 'role',
      label: 'Tu puesto',
      required: false,
      choices: [
        'Terapeuta o consejero(a)',
        'Administrador(a) de casos',
        'Especialista de apoyo entre pares',
        'Personal de apoyo',
        'Otro',
      ],
    },
    { name: 'zip', label: 'Código postal', required: false },
  ],
  consent: [
    { channel: 'email', text: consentEs },
    { channel: 'sms', text: 'Acepto recibir mensajes de texto sobre la campaña. Pueden aplicarse tarifas.' },
  ],
  submit: 'Inscríbeme',
  thankYou: '¡Gracias! Un organizador se comunicará contigo pronto.',
  phoneRegion: 'US',
  sealTo: [],
};

/** Forms for a visitor reading English, or Spanish; with `sealTo`, a kiosk that seals to those keys. */
export const formsFor = (lang: 'en' | 'es', sealTo: string[] = []) => ({
  form: { ...(lang === 'es' ? formEs : formEn), sealTo },
  defaultForm: { ...formEn, sealTo },
});

/** A valid submission; `fields` overrides single answers. */
export function submission(overrides: Partial<SignupSubmission> = {}): SignupSubmission {
  return {
    lang: 'en',
    attempt: 'attempt-1',
    consent: { email: true, sms: false },
    ...overrides,
    fields: { firstName: 'Ana', lastName: 'Reyes', email: 'ana@example.org', ...overrides.fields },
  };
}

/** A realistic record, numbered, as the journal holds it. */
export function sampleRecord(n: number): SignupRecord {
  return buildRecord(
    {
      firstName: `Visitor${n}`,
      lastName: 'Reyes-Álvarez',
      email: `visitor${n}@example.org`,
      phone: '+12025550143',
      workplace: 'Riverside Community Mental Health Center',
      role: 'Peer specialist',
      zip: '60614',
    },
    { email: true, sms: n % 2 === 0 },
    formEn,
    {
      kioskId: 'kiosk-1',
      event: 'Behavioral Health Conference 2026',
      lang: 'en',
      savedAt: new Date(1_790_000_000_000 + n),
    },
  );
}

/** A fresh folder under the system temp folder, and how to remove it. */
export async function tempFolder(
  prefix = 'kiosk-signups-',
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The journal's lines as text, without line ends (an empty file gives none). */
export async function journalLines(dataDir: string): Promise<string[]> {
  const text = await readFile(join(dataDir, 'signups.jsonl'), 'utf8');
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** The records in the journal, parsed. */
export async function journalRecords(dataDir: string): Promise<SignupRecord[]> {
  return (await journalLines(dataDir)).map((line) => JSON.parse(line) as SignupRecord);
}
