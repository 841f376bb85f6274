import type { FieldName } from './signup-form';

/** The keyboard layout a field calls up: letters, an email layout, or a number pad. */
export type KeyboardKind = 'letters' | 'email' | 'numbers';

/** Which keyboard each field needs. */
export const keyboardKind = (name: FieldName): KeyboardKind =>
  name === 'email' ? 'email' : name === 'phone' || name === 'zip' ? 'numbers' : 'letters';

/** A field's text and where the caret stands in it (a selection replaces what it covers). */
export interface Typed {
  value: string;
  start: number;
  end: number;
}

/** Keys that do something rather than type: simple-keyboard writes them in braces. */
export const SPECIAL_KEYS = ['{bksp}', '{shift}', '{space}', '{done}'] as const;

/**
 * Applies one key of the on-screen keyboard to a field, as a hardware keyboard would: a character
 * (or a whole ".com") goes in at the caret, Delete removes the selection or the character before
 * it, Space types a space. Shift and Done change nothing in the text.
 */
export function pressKey({ value, start, end }: Typed, key: string): Typed {
  if (key === '{shift}' || key === '{done}') return { value, start, end };
  if (key === '{bksp}') {
    const from = start === end ? Math.max(0, start - 1) : start;
    return { value: value.slice(0, from) + value.slice(end), start: from, end: from };
  }
  const text = key === '{space}' ? ' ' : key;
  const caret = start + text.length;
  return { value: value.slice(0, start) + text + value.slice(end), start: caret, end: caret };
}

/**
 * Whether the next letter of a name should be a capital: at the start, and after a space, a hyphen
 * or an apostrophe ("María José", "Smith-Jones", "O'Brien"). Other fields start in small letters.
 */
export const startsWord = (name: FieldName, value: string, caret: number): boolean =>
  (name === 'firstName' || name === 'lastName' || name === 'workplace') &&
  /(^|[\s'-])$/.test(value.slice(0, caret));
