import type { SignupRecord } from '../signups/types';
import { ALL_FIELDS_HEADERS, allFieldsRow } from './all-fields';

/** The export formats staff can choose. */
export const PRESET_NAMES = ['all', 'action-network', 'mailchimp'] as const;

/** One of PRESET_NAMES. */
export type PresetName = (typeof PRESET_NAMES)[number];

/** How one kind of export turns records into CSV rows. */
export interface Preset {
  name: PresetName;
  /** What staff read on the button and in messages. */
  label: string;
  headers: readonly string[];
  /**
   * The row's cells (not yet guarded against formulas), or null when the record is left out of
   * this preset (no consent for what the preset is for).
   */
  row(record: SignupRecord): string[] | null;
}

// Each contact detail goes out only with the consent for its channel: an email address only
// when the email box was ticked, a phone number only when the text-message box was. Action
// Network subscribes every uploaded email to the list and can subscribe every uploaded mobile
// number to texts (it has a 100% opt-in policy), so a detail without its consent must not be in
// the file at all. Everyone stays in the "All fields" export for one-to-one follow-up.
const emailIfConsented = (record: SignupRecord) =>
  record.consent.email?.given && record.fields.email ? record.fields.email : '';
const phoneIfConsented = (record: SignupRecord) =>
  record.consent.sms?.given && record.fields.phone ? record.fields.phone : '';

// Mailchimp splits a tag cell at commas unless the tag is in double quotes, allows at most 100
// characters per tag, and refuses emoji in tags.
function mailchimpTag(event: string): string {
  const tag = event
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, '')
    .replaceAll('"', '')
    .trim()
    .slice(0, 100);
  return tag.includes(',') ? `"${tag}"` : tag;
}

/** The presets by name. */
export const PRESETS: Record<PresetName, Preset> = {
  all: {
    name: 'all',
    label: 'All fields',
    headers: ALL_FIELDS_HEADERS,
    row: allFieldsRow,
  },
  'action-network': {
    name: 'action-network',
    label: 'Action Network',
    // The first five are names Action Network's upload matches by itself; `role`, `workplace`
    // and `signup_event` are none of its own fields, so the upload offers them as custom fields.
    headers: [
      'first_name',
      'last_name',
      'email',
      'zip_code',
      'phone_number',
      'role',
      'workplace',
      'signup_event',
    ],
    row(record) {
      const email = emailIfConsented(record);
      const phone = phoneIfConsented(record);
      if (!email && !phone) return null;
      const { firstName = '', lastName = '', zip = '', role = '', workplace = '' } = record.fields;
      return [firstName, lastName, email, zip, phone, role, workplace, record.event];
    },
  },
  mailchimp: {
    name: 'mailchimp',
    label: 'Mailchimp',
    headers: ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Zip', 'Tags'],
    row(record) {
      const email = emailIfConsented(record);
      if (!email) return null;
      const { firstName = '', lastName = '', zip = '' } = record.fields;
      // Mailchimp's zip field takes five digits only; ZIP+4 would fail that field's import.
      const zip5 = /^\d{5}-\d{4}$/.test(zip) ? zip.slice(0, 5) : zip;
      return [email, firstName, lastName, phoneIfConsented(record), zip5, mailchimpTag(record.event)];
    },
  },
};

/** Whether `name` is a preset's name. */
export const isPresetName = (name: string): name is PresetName =>
  (PRESET_NAMES as readonly string[]).includes(name);
