/**
 * The content model the kiosk shows: what main builds from `content/` and sends to the renderer.
 * Plain data only (no functions, no Markdown source), so it crosses IPC and HTTP unchanged.
 */
import type { optionalWordKeys } from './built-in-words';
import type { KioskFile, wordKeys } from './kiosk-schema';
import type { consentChannels, signupFieldNames } from './signup-schema';

/** Inline text inside a paragraph, list item or heading. Links keep their URL only for a QR code. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  /** `qrUrl` is set only when the content asks for a QR code of a web address; other addresses never reach the page. */
  | { type: 'link'; qrUrl: string | null; children: Inline[] }
  | { type: 'code'; value: string }
  /** `width` and `height` are the picture's own pixels, when its file says, so its space is kept. */
  | { type: 'image'; src: string; alt: string; width?: number; height?: number }
  | { type: 'break' };

/** A block of an answer. Raw HTML never becomes a block: the loader drops it with a warning. */
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; depth: number; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'code'; value: string };

/** One question of the FAQ in one language. `id` is the same across languages. */
export interface Question {
  id: string;
  question: string;
  answer: Block[];
  /** The language this entry is written in: the default one when a translation is missing. */
  lang: string;
}

/** A picture from the media folder, described for visitors who cannot see it. */
export interface Picture {
  src: string;
  description: string;
  /** `contain` shows the whole picture; `cover` fills its space, trimming the edges. */
  fit: 'contain' | 'cover';
  /** The picture's own size in pixels, when its file says, so the screen keeps its shape. */
  width?: number;
  height?: number;
}

/** One slide of the attract loop, already in one language. */
export interface Slide {
  /** A big number or short phrase shown above the title, like "1.6 million". */
  figure?: string;
  title: string;
  text: string;
  /** How long the slide stays up: its own `seconds`, else `idle.slideSeconds`. */
  seconds: number;
  image?: Picture;
  qr?: { url: string; caption: string };
}

/**
 * The words the kiosk itself says, in one language: one per key of `words` in kiosk.yaml. In
 * `idleWarning`, `{seconds}` is replaced by the seconds left.
 */
export type Words = Record<(typeof wordKeys)[number] | (typeof optionalWordKeys)[number], string>;

/** A detail the signup form can ask for, as kiosk.yaml names it. */
export type SignupFieldName = (typeof signupFieldNames)[number];
/** A way organizers may reach someone, each with its own consent box. */
export type ConsentChannel = (typeof consentChannels)[number];

/** One field of the signup form, in one language. */
export interface SignupField {
  name: SignupFieldName;
  label: string;
  required: boolean;
  choices?: string[];
}

/** The signup form's wording and fields, in one language. */
export interface SignupForm {
  button: string;
  title: string;
  intro: string;
  fields: SignupField[];
  /** One box per channel the content offers, with its exact wording; never ticked in advance. */
  consent: { channel: ConsentChannel; text: string }[];
  submit: string;
  thankYou: string;
  /** The country of phone numbers written without a country code (ISO 3166 code, like "US"). */
  phoneRegion: string;
  /**
   * The age public keys (age1...) every signup is sealed to before it is written; empty when the
   * kiosk keeps signups in clear. The same in every language.
   */
  sealTo: string[];
}

/** Everything the kiosk needs in one language. */
export interface Localized {
  lang: string;
  tagline: string;
  words: Words;
  slides: Slide[];
  faq: Question[];
  /** Null when kiosk.yaml has no signup group: the kiosk then takes no signups. */
  signup: SignupForm | null;
}

/**
 * How long the kiosk waits, in seconds, worked out from `idle` in kiosk.yaml: a visitor may stay
 * quiet for `browseSeconds` on the questions and answers and `formSeconds` on the signup form, then
 * "Are you still there?" counts down `warningSeconds` before the kiosk starts over.
 */
export interface IdleTimes {
  slideSeconds: number;
  browseSeconds: number;
  formSeconds: number;
  warningSeconds: number;
}

/** The whole validated content. */
export interface Content {
  campaign: { name: string };
  theme: KioskFile['theme'];
  idle: IdleTimes;
  defaultLanguage: string;
  languages: { code: string; label: string }[];
  byLanguage: Record<string, Localized>;
}

/** Something wrong (error) or doubtful (warning) in the content, with where it is. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the content folder, or the folder itself. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** A problem with its `file:line:column` already formatted, as the kiosk's screens list it. */
export type LocatedProblem = Problem & { where: string };

/**
 * What the renderer knows about content: the last good content (null when none ever loaded),
 * and the problems of the latest load. `version` grows with every load, good or bad.
 */
export interface ContentState {
  version: number;
  folder: string;
  content: Content | null;
  problems: LocatedProblem[];
}
