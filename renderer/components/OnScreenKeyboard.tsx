import 'simple-keyboard/build/css/index.css';
import Keyboard from 'simple-keyboard/build/index.modern.esm.js';
import { useEffect, useRef } from 'react';
import type { Words } from '../../main/api';
import { keyLabels, keyNames, layouts } from '../keyboard-layouts';
import type { KeyboardKind } from '../store/keyboard-input';

/**
 * The kiosk's own keyboard, drawn by simple-keyboard, for a touch screen where the system's
 * keyboard cannot be relied on. It never takes focus from the field being typed in: each key
 * reports itself through `onKey`, and the form writes the text.
 */
export function OnScreenKeyboard({
  kind,
  shift,
  words,
  onKey,
}: {
  kind: KeyboardKind;
  shift: boolean;
  words: Words;
  onKey: (key: string) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const keyboard = useRef<Keyboard | null>(null);
  // The latest handler, so the keyboard is built once and not again at every keystroke.
  const handler = useRef(onKey);
  useEffect(() => {
    handler.current = onKey;
  }, [onKey]);

  useEffect(() => {
    const instance = new Keyboard(element.current!, {
      layout: layouts,
      // Its own default layout name is not one of ours; the effect below picks the right one.
      layoutName: 'letters',
      theme: 'hg-theme-default kiosk-keys',
      useButtonTag: true,
      preventMouseDownDefault: true,
      disableCaretPositioning: true,
      onKeyPress: (key: string) => handler.current(key),
    });
    keyboard.current = instance;
    return () => {
      instance.destroy();
      keyboard.current = null;
    };
  }, []);

  const layoutName = kind === 'letters' && shift ? 'shift' : kind;
  useEffect(() => {
    const labels = keyLabels(words);
    keyboard.current?.setOptions({
      layoutName,
      display: labels,
      buttonTheme: [
        { class: 'key-wide', buttons: '{space}' },
        { class: 'key-action', buttons: '{done}' },
        { class: 'key-shift-on', buttons: shift ? '{shift}' : '' },
        { class: 'key-domain', buttons: '@gmail.com @yahoo.com @outlook.com @hotmail.com .com .org .net' },
      ].filter((theme) => theme.buttons !== ''),
      buttonAttributes: [
        // Not in the Tab order: a hardware keyboard types into the field directly.
        { attribute: 'tabindex', value: '-1', buttons: layouts[layoutName].join(' ') },
        { attribute: 'aria-pressed', value: String(shift), buttons: '{shift}' },
        ...keyNames(words).map(({ key, name }) => ({ attribute: 'aria-label', value: name, buttons: key })),
      ],
    });
  }, [layoutName, shift, words]);

  return (
    <div
      className={`on-screen-keyboard keyboard-${kind}`}
      role="group"
      aria-label={words.keyboard}
      // A press on the keyboard must not move focus, or the field would lose its caret and be "left".
      onMouseDown={(event) => event.preventDefault()}
    >
      {/* simple-keyboard names its instance after the first class of its element. */}
      <div ref={element} className="simple-keyboard" />
    </div>
  );
}
