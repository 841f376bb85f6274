/** The part of Electron's `Input` (before-input-event) the key policy reads. */
export interface KeyInput {
  /** `KeyboardEvent.key`: what the key types in the current layout (`r`, `R`, `F5`, `+`). */
  key: string;
  /** `KeyboardEvent.code`: the physical key (`KeyR`); read on macOS, where Option changes `key`. */
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** What the kiosk does with a key press: swallow it, let the page have it, or quit (staff only). */
export type KeyAction = 'block' | 'allow' | 'quit-chord';

/**
 * The quit chord, for staff until staff mode has its "quit kiosk" button: Ctrl+Shift+Alt+Q
 * (Cmd+Shift+Option+Q on a Mac). Four keys at once, held on purpose, which a visitor mashing
 * the keyboard does not hit by chance.
 */
export const QUIT_CHORD_LABEL = 'Ctrl+Shift+Alt+Q (Cmd+Shift+Option+Q on a Mac)';

/** Editing with Ctrl/Cmd in the signup form: select all, copy, cut, paste, undo, redo. */
const EDITING = new Set(['a', 'c', 'x', 'v', 'z', 'y']);
/** With Shift, only redo and paste-as-text: Ctrl+Shift+C is Chromium's "inspect element". */
const EDITING_WITH_SHIFT = new Set(['z', 'v']);
/** Moving the caret by word or to the ends of a field with Ctrl/Cmd. */
const CARET = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Backspace',
  'Delete',
]);
/** Keyboard keys that drive the browser itself: back, forward, reload, home, search... */
const BROWSER_KEY = /^Browser/;
const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

/**
 * Decides what a key press may do in the kiosk. Everything a browser would turn into reloading,
 * closing, quitting, zooming, printing, DevTools, leaving full screen, hiding or minimising is
 * blocked: every Ctrl/Cmd shortcut but editing, every function key (F5, F11, F12, Alt+F4...),
 * Alt+arrows (history) and the browser keys. Typing is allowed, AltGr characters included.
 */
export function keyAction(input: KeyInput, platform: NodeJS.Platform): KeyAction {
  const letter = letterOf(input, platform);
  const command = input.control || input.meta;
  if (command && input.shift && input.alt && letter === 'q') return 'quit-chord';
  if (FUNCTION_KEY.test(input.key) || BROWSER_KEY.test(input.key)) return 'block';
  if (input.alt && !command && /^Arrow(Left|Right)$|^Home$/.test(input.key)) return 'block';
  if (!command) return 'allow';
  if (isAltGrCharacter(input, platform)) return 'allow';
  if (input.alt) return 'block';
  if (EDITING.has(letter) && (!input.shift || EDITING_WITH_SHIFT.has(letter))) return 'allow';
  if (CARET.has(input.key)) return 'allow';
  return 'block';
}

/**
 * The key as a lowercase letter where it is one. On macOS, Option turns letters into other
 * characters (Option+Q types "œ"), so the physical key decides there.
 */
function letterOf(input: KeyInput, platform: NodeJS.Platform): string {
  if (platform === 'darwin' && input.code && /^Key[A-Z]$/.test(input.code))
    return input.code.slice(3).toLowerCase();
  return input.key.length === 1 ? input.key.toLowerCase() : input.key;
}

/**
 * AltGr reaches Windows and Linux apps as Ctrl+Alt; on many layouts it types characters an email
 * address needs (AltGr+Q is "@" in German). Such a press types one character that is no letter
 * or digit of a shortcut, and the page must get it.
 */
function isAltGrCharacter(input: KeyInput, platform: NodeJS.Platform): boolean {
  return (
    platform !== 'darwin' &&
    input.control &&
    input.alt &&
    !input.meta &&
    [...input.key].length === 1 &&
    !/^[a-z0-9]$/i.test(input.key)
  );
}
