import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { untilPointerReleased } from './pointer-release';
import { useKiosk } from './store';
import { keyboardKind, pressKey, startsWord, type KeyboardKind } from './store/keyboard-input';
import type { FieldName } from './store/signup-form';

// Long enough for a tap's click to follow the focus change that blurred the field.
const TAP_CLICK_MS = 100;

const fieldInput = (name: FieldName) => document.getElementById(`signup-${name}`) as HTMLInputElement | null;

/** Where the caret is; an email box keeps no caret position, so text goes at its end. */
function caretOf(input: HTMLInputElement | null, value: string): [number, number] {
  const start = input?.selectionStart ?? value.length;
  return [Math.min(start, value.length), Math.min(input?.selectionEnd ?? start, value.length)];
}

/**
 * The on-screen keyboard of the signup form: which field it types into (null when it is down),
 * its layout and shift, and what each key does. Keys write into the signup slice like typing does.
 */
export function useSignupKeyboard(): {
  typing: FieldName | null;
  kind: KeyboardKind;
  shift: boolean;
  open: (name: FieldName) => void;
  closeIfLeft: () => void;
  press: (key: string) => void;
} {
  const [typing, setTyping] = useState<FieldName | null>(null);
  // Shift follows the text (a capital to start each word of a name) unless the visitor pressed
  // it; the next key typed hands it back to the text.
  const [shiftPressed, setShiftPressed] = useState<boolean | null>(null);
  const value = useKiosk((state) => (typing ? state.signup.values[typing] : undefined));
  const shift = shiftPressed ?? (typing !== null && startsWord(typing, value ?? '', (value ?? '').length));
  const setValue = useKiosk((state) => state.setSignupValue);
  const caret = useRef<number | null>(null);

  // Once the keyboard is up, the field goes above it, in the middle of what is left of the screen.
  useEffect(() => {
    if (typing) fieldInput(typing)?.scrollIntoView({ block: 'center' });
  }, [typing]);
  // A key typed in the middle of the text leaves the caret after it, not at the end.
  useLayoutEffect(() => {
    const input = typing ? fieldInput(typing) : null;
    if (caret.current === null || !input || input.type === 'email') return;
    input.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [typing, value]);

  const open = (name: FieldName) => {
    setTyping(name);
    setShiftPressed(null);
  };
  // Focus left the field: the keyboard goes down, unless it went to another field. Only once the
  // tap is over, its click included: a touch moves focus after the finger is already up, and the
  // page growing back under the finger would carry the button it pressed away from its click.
  const closeIfLeft = () =>
    void untilPointerReleased()
      .then(() => new Promise((resolve) => setTimeout(resolve, TAP_CLICK_MS)))
      .then(() => {
        const active = document.activeElement;
        if (!(active instanceof HTMLInputElement && active.dataset.keyboard)) setTyping(null);
      });
  const press = (key: string) => {
    if (!typing) return;
    const input = fieldInput(typing);
    if (key === '{done}') {
      input?.blur();
      setTyping(null);
      return;
    }
    if (key === '{shift}') {
      setShiftPressed(!shift);
      return;
    }
    const text = useKiosk.getState().signup.values[typing] ?? '';
    const [start, end] = caretOf(input, text);
    const next = pressKey({ value: text, start, end }, key);
    caret.current = next.start;
    setValue(typing, next.value);
    setShiftPressed(next.start < next.value.length ? startsWord(typing, next.value, next.start) : null);
  };
  return { typing, kind: keyboardKind(typing ?? 'firstName'), shift, open, closeIfLeft, press };
}
