import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Identities } from '../signups/identity';
import { isSealedRecord } from '../signups/record-line';
import type { JournalRecord, SignupRecord } from '../signups/types';
import { allFieldsRow } from './all-fields';
import { writeFileAtomically, type WriteSteps } from './atomic-write';
import { writeCsv } from './csv-output';
import { openRecord } from './open-records';
import { PRESETS, type PresetName } from './presets';
import { ExportError } from './write-errors';
import { inputRecords, linesAt, sniffInput, type InputKind, type Place } from './read-inputs';

/** What to merge, and into what. */
export interface MergeOptions {
  /** Journals (`signups.jsonl`) and "All fields" exports, from any number of kiosks. */
  inputs: string[];
  /** The file to write: a journal when it ends in `.jsonl`, else a CSV of `preset`. Never replaced. */
  out: string;
  /** The CSV preset; "All fields" by default. */
  preset?: PresetName;
  /**
   * The organizers' keys, to open sealed signups. Without them sealed signups are merged still
   * sealed, by id, into a `.jsonl` output (a CSV output is refused), and no one is looked up by
   * email or phone among them.
   */
  identities?: Identities | null;
  /** Test seams only. */
  steps?: WriteSteps;
}

/** One signup as a report shows it. */
export interface ReportedRecord {
  id: string;
  /** `file:line`. */
  at: string;
  name: string;
  savedAt: string;
}

/** What a merge did and found. Nothing found here is dropped but exact duplicates. */
export interface MergeReport {
  /** The file written (its name may have gained `-2`, ... when the first was taken). */
  file: string;
  inputs: { file: string; kind: InputKind; records: number }[];
  /** Signups written. */
  written: number;
  /** Signups not in the chosen preset (no consent for its channels). */
  leftOut: number;
  /** Copies of a signup already read (same id, same content), left out. */
  duplicates: number;
  /** Same id, different content: the first one read is kept, the other left out and shown here. */
  conflicts: { id: string; kept: string; other: string }[];
  /** Different signups sharing an email address or phone number: all kept, shown for a person to look at. */
  samePerson: { by: 'email' | 'phone'; value: string; records: ReportedRecord[] }[];
  /** Journal lines that are not signups (torn or damaged): skipped. */
  badLines: { at: string; why: string }[];
  /** Sealed signups that could not be opened with the identities given (other key, damaged): left out. */
  unreadable: { at: string; why: string }[];
  /** Sealed signups written still sealed, no identities given: not looked into for `samePerson`. */
  keptSealed: number;
}

interface Seen {
  hash: string;
  place: Place;
}

type Pending = { id: string; place: Place; name: string; savedAt: string };

// Two copies are the same signup when every exported cell is the same, whether each came from a
// journal or an "All fields" export; a hash keeps the memory per signup small.
const fingerprint = (record: SignupRecord) =>
  createHash('sha1').update(allFieldsRow(record).join('\u001f')).digest('base64');

// Without the key a sealed signup's content cannot be compared, only its id: sealing the same
// signup twice gives different bytes, so two sealed copies of one id are one signup.
const SEALED = 'sealed';

const fullName = (record: SignupRecord) =>
  [record.fields.firstName, record.fields.lastName].filter(Boolean).join(' ');

/** Every journal offset a report needs, resolved to `file:line`. */
async function placeNamer(places: Place[]): Promise<(place: Place) => string> {
  const offsets = new Map<string, number[]>();
  for (const place of places) {
    if ('offset' in place) offsets.set(place.file, [...(offsets.get(place.file) ?? []), place.offset]);
  }
  const lines = new Map<string, Map<number, number>>();
  for (const [file, list] of offsets) lines.set(file, await linesAt(file, list));
  return (place) =>
    `${place.file}:${'line' in place ? place.line : (lines.get(place.file)?.get(place.offset) ?? '?')}`;
}

/**
 * Merges journals and "All fields" exports from several kiosks into one journal or CSV. Every
 * input is checked before anything is written; one that is neither kind is refused with
 * InputRefused (file and line). Exact duplicates by record id are removed; signups sharing an
 * email or phone are reported, never dropped. Streams: memory holds a small entry per signup.
 */
export async function mergeSignups(options: MergeOptions): Promise<MergeReport> {
  const { inputs, out } = options;
  const kinds: InputKind[] = [];
  for (const file of inputs) kinds.push(await sniffInput(file));
  const toJournal = out.endsWith('.jsonl');
  const identities = options.identities ?? null;

  const seen = new Map<string, Seen>();
  const byEmail = new Map<string, Pending[]>();
  const byPhone = new Map<string, Pending[]>();
  const conflicts: { id: string; kept: Place; other: Place }[] = [];
  const badLines: { place: Place; why: string }[] = [];
  const unreadable: { place: Place; why: string }[] = [];
  const counts = inputs.map((file, i) => ({ file, kind: kinds[i]!, records: 0 }));
  let duplicates = 0;
  let keptSealed = 0;
  const remember = (map: Map<string, Pending[]>, key: string | undefined, entry: Pending) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };

  // Is this the first copy of its id? Later copies are counted as duplicates or conflicts.
  const firstCopy = (id: string, hash: string, place: Place) => {
    const earlier = seen.get(id);
    if (!earlier) {
      seen.set(id, { hash, place });
      return true;
    }
    if (earlier.hash === hash) duplicates++;
    else conflicts.push({ id, kept: earlier.place, other: place });
    return false;
  };

  async function* merged(): AsyncGenerator<JournalRecord> {
    for (const [i, file] of inputs.entries()) {
      const onBadLine = (place: Place, why: string) => badLines.push({ place, why });
      for await (const { record: held, place } of inputRecords(file, kinds[i]!, onBadLine)) {
        counts[i]!.records++;
        if (!identities && isSealedRecord(held)) {
          if (!toJournal) {
            throw new ExportError(
              `${file} holds sealed signups, and only the organizers' identity file opens them: give it with --identity FILE (the file npm run keys made) to write a CSV, or merge without it into a .jsonl file (--out merged.jsonl), which keeps them sealed.`,
              'sealed',
            );
          }
          if (firstCopy(held.id, SEALED, place)) {
            keptSealed++;
            yield held;
          }
          continue;
        }
        const record = await openRecord(held, identities);
        if ('unreadable' in record) {
          unreadable.push({ place, why: record.unreadable.why });
          continue;
        }
        if (!firstCopy(record.id, fingerprint(record), place)) continue;
        const entry = { id: record.id, place, name: fullName(record), savedAt: record.savedAt };
        remember(byEmail, record.fields.email?.toLowerCase(), entry);
        remember(byPhone, record.fields.phone, entry);
        yield record;
      }
    }
  }

  let written = 0;
  let leftOut = 0;
  const preset = PRESETS[options.preset ?? 'all'];
  const produce = async (stream: Writable) => {
    if (toJournal) {
      await pipeline(async function* () {
        for await (const record of merged()) {
          written++;
          yield `${JSON.stringify(record)}\n`;
        }
      }, stream);
      return;
    }
    async function* rows() {
      for await (const record of merged()) {
        if (isSealedRecord(record)) continue; // refused in merged(): never here
        const row = preset.row(record);
        if (row) written++;
        else leftOut++;
        if (row) yield row;
      }
    }
    await writeCsv(stream, preset.headers, rows());
  };
  const file = await writeFileAtomically(dirname(out), basename(out), produce, options.steps);

  const groups = (by: 'email' | 'phone', map: Map<string, Pending[]>) =>
    [...map].filter(([, list]) => list.length > 1).map(([value, list]) => ({ by, value, list }));
  const same = [...groups('email', byEmail), ...groups('phone', byPhone)];
  const name = await placeNamer([
    ...conflicts.flatMap((c) => [c.kept, c.other]),
    ...badLines.map((b) => b.place),
    ...unreadable.map((u) => u.place),
    ...same.flatMap((group) => group.list.map((entry) => entry.place)),
  ]);
  return {
    file,
    inputs: counts,
    written,
    leftOut,
    duplicates,
    conflicts: conflicts.map((c) => ({ id: c.id, kept: name(c.kept), other: name(c.other) })),
    samePerson: same.map(({ by, value, list }) => ({
      by,
      value,
      records: list.map(({ place, ...rest }) => ({ ...rest, at: name(place) })),
    })),
    badLines: badLines.map(({ place, why }) => ({ at: name(place), why })),
    unreadable: unreadable.map(({ place, why }) => ({ at: name(place), why })),
    keptSealed,
  };
}
