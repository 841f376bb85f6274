import type { Words } from '../main/api';
import type { KeyboardKind } from './store/keyboard-input';

// Six rows for letters and email, so the keyboard keeps its height when the visitor moves between
// fields, and at most ten keys to a row, so keys keep 64 px on a 720-pixel-wide screen. The Spanish
// letters have their own row, always in sight rather than behind a long press.
const letters = [
  '1 2 3 4 5 6 7 8 9 0',
  'q w e r t y u i o p',
  'a s d f g h j k l ñ',
  '{shift} z x c v b n m {bksp}',
  "á é í ó ú ü ' - , .",
  '{space} {done}',
];

/** simple-keyboard's layouts, by name: each kind, and the letters with shift on. */
export const layouts: Record<KeyboardKind | 'shift', string[]> = {
  letters,
  shift: letters.map((row) =>
    row
      .split(' ')
      .map((key) => (key.startsWith('{') ? key : key.toUpperCase()))
      .join(' '),
  ),
  email: [
    '1 2 3 4 5 6 7 8 9 0',
    'q w e r t y u i o p',
    'a s d f g h j k l @',
    'z x c v b n m . _ {bksp}',
    '@gmail.com @yahoo.com @outlook.com @hotmail.com',
    '- .com .org .net {done}',
  ],
  numbers: ['1 2 3', '4 5 6', '7 8 9', '+ 0 -', '{bksp} {done}'],
};

/** What the special keys show: the signs every phone uses, and words where there is room. */
export const keyLabels = (words: Words): Record<string, string> => ({
  '{bksp}': '⌫',
  '{shift}': '⇧',
  '{space}': words.space,
  '{done}': words.done,
});

/** The names screen readers give the keys that show a sign, in the visitor's language. */
export const keyNames = (words: Words): { key: string; name: string }[] => [
  { key: '{bksp}', name: words.delete },
  { key: '{shift}', name: words.shift },
];
