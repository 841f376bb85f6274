import type { ConsentChannel, ConsentRecord, SignupFieldName, SignupRecord } from '../signups/types';

// The "All fields" CSV holds a record whole, so it can be read back (merge) into the same record.
// Typed as records over the field and channel names, so a new form field cannot be forgotten here.
const FIELD_HEADERS: Record<SignupFieldName, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  workplace: 'workplace',
  role: 'role',
  zip: 'zip',
};
const CHANNELS: Record<ConsentChannel, string> = { email: 'email', sms: 'sms' };

const fieldNames = Object.keys(FIELD_HEADERS) as SignupFieldName[];
const channelNames = Object.keys(CHANNELS) as ConsentChannel[];

/** The header row of an "All fields" export, in order. */
export const ALL_FIELDS_HEADERS: readonly string[] = [
  'id',
  'saved_at',
  'kiosk_id',
  'event',
  'lang',
  ...fieldNames.map((name) => FIELD_HEADERS[name]),
  ...channelNames.flatMap((channel) => [
    `${CHANNELS[channel]}_consent`,
    `${CHANNELS[channel]}_consent_text_hash`,
    `${CHANNELS[channel]}_consent_text`,
  ]),
];

/** `yes` or `no` for a channel the form offered; empty for one it did not. */
const consentCells = (consent: ConsentRecord | undefined) =>
  consent ? [consent.given ? 'yes' : 'no', consent.textHash, consent.text] : ['', '', ''];

/** A record as the cells of an "All fields" row (not yet guarded against formulas). */
export function allFieldsRow(record: SignupRecord): string[] {
  return [
    record.id,
    record.savedAt,
    record.kioskId,
    record.event,
    record.lang,
    ...fieldNames.map((name) => record.fields[name] ?? ''),
    ...channelNames.flatMap((channel) => consentCells(record.consent[channel])),
  ];
}

/**
 * The record an "All fields" row holds (cells already unguarded), or what is wrong with the row.
 * An empty cell means the visitor left the field empty, so the field is absent, as in the journal.
 */
export function recordFromAllFieldsRow(cells: readonly string[]): SignupRecord | { problem: string } {
  if (cells.length !== ALL_FIELDS_HEADERS.length) {
    return { problem: `it has ${cells.length} cells where the header has ${ALL_FIELDS_HEADERS.length}` };
  }
  const cell = (index: number) => cells[index] ?? '';
  const [id, savedAt, kioskId, event, lang] = cells as [string, string, string, string, string];
  if (!id) return { problem: 'its id is empty' };
  if (!savedAt) return { problem: 'its saved_at is empty' };
  const fields: SignupRecord['fields'] = {};
  fieldNames.forEach((name, i) => {
    const value = cell(5 + i);
    if (value !== '') fields[name] = value;
  });
  const consent: SignupRecord['consent'] = {};
  for (const [i, channel] of channelNames.entries()) {
    const at = 5 + fieldNames.length + 3 * i;
    const [given, textHash, text] = [cell(at), cell(at + 1), cell(at + 2)];
    if (given === '' && textHash === '' && text === '') continue;
    if (given !== 'yes' && given !== 'no') {
      return { problem: `its ${ALL_FIELDS_HEADERS[at]} is "${given}", where "yes", "no" or empty belongs` };
    }
    consent[channel] = { given: given === 'yes', text, textHash };
  }
  return { v: 1, id, savedAt, kioskId, event, lang, fields, consent };
}
