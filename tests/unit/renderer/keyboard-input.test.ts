import { describe, expect, it } from 'vitest';
import { keyboardKind, pressKey, startsWord } from '../../../renderer/store/keyboard-input';

describe('the on-screen keyboard', () => {
  it('types at the caret, replaces a selection, and deletes as a hardware keyboard does', () => {
    expect(pressKey({ value: 'Mara', start: 2, end: 2 }, 'í')).toEqual({ value: 'Maíra', start: 3, end: 3 });
    expect(pressKey({ value: 'ana@', start: 4, end: 4 }, '@gmail.com')).toEqual({
      value: 'ana@@gmail.com',
      start: 14,
      end: 14,
    });
    expect(pressKey({ value: 'José', start: 4, end: 4 }, '{space}').value).toBe('José ');
    expect(pressKey({ value: 'Joséx', start: 5, end: 5 }, '{bksp}')).toEqual({
      value: 'José',
      start: 4,
      end: 4,
    });
    expect(pressKey({ value: 'Peña', start: 1, end: 3 }, '{bksp}')).toEqual({
      value: 'Pa',
      start: 1,
      end: 1,
    });
    expect(pressKey({ value: 'Peña', start: 1, end: 3 }, 'ñ').value).toBe('Pña');
    expect(pressKey({ value: '', start: 0, end: 0 }, '{bksp}')).toEqual({ value: '', start: 0, end: 0 });
    expect(pressKey({ value: 'Ana', start: 3, end: 3 }, '{shift}').value).toBe('Ana');
    expect(pressKey({ value: 'Ana', start: 3, end: 3 }, '{done}').value).toBe('Ana');
  });

  it('brings up letters, the email layout or the number pad for each field', () => {
    expect(
      ['firstName', 'workplace', 'email', 'phone', 'zip'].map((name) => keyboardKind(name as never)),
    ).toEqual(['letters', 'letters', 'email', 'numbers', 'numbers']);
  });

  it('starts each word of a name with a capital, and an email in small letters', () => {
    expect(startsWord('firstName', '', 0)).toBe(true);
    expect(startsWord('firstName', 'María ', 6)).toBe(true);
    expect(startsWord('lastName', "O'", 2)).toBe(true);
    expect(startsWord('lastName', 'Smith-', 6)).toBe(true);
    expect(startsWord('firstName', 'Ma', 2)).toBe(false);
    expect(startsWord('email', '', 0)).toBe(false);
  });
});
