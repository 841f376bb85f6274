import { describe, expect, it } from 'vitest';
import { keyAction, type KeyInput } from '../../../../main/shell/keys';

type Press = Partial<KeyInput> & { key: string };
const press = (input: Press): KeyInput => ({
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...input,
});

/** Ctrl on Windows and Linux, Cmd on a Mac: the shortcut modifier of each platform. */
const platforms = [
  { platform: 'win32', command: { control: true } },
  { platform: 'linux', command: { control: true } },
  { platform: 'darwin', command: { meta: true } },
] as const;

describe('the key lockdown', () => {
  describe.each(platforms)('on $platform', ({ platform, command }) => {
    const withCommand = (key: string, extra: Partial<KeyInput> = {}) =>
      press({ key, code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '', ...command, ...extra });

    it.each([
      ['reload', withCommand('r')],
      ['hard reload', withCommand('R', { shift: true })],
      ['close the window', withCommand('w')],
      ['quit', withCommand('q')],
      ['print', withCommand('p')],
      ['DevTools', withCommand('I', { shift: true })],
      ['DevTools console', withCommand('J', { shift: true })],
      ['inspect element', withCommand('C', { shift: true })],
      ['DevTools (Mac)', withCommand('i', { alt: true })],
      ['zoom in', withCommand('+', { shift: true })],
      ['zoom in without Shift', withCommand('=')],
      ['zoom in on the keypad', withCommand('+', { code: 'NumpadAdd' })],
      ['zoom out', withCommand('-')],
      ['zoom out with Shift', withCommand('_', { shift: true })],
      ['reset zoom', withCommand('0')],
      ['hide (Cmd+H)', withCommand('h')],
      ['minimise (Cmd+M)', withCommand('m')],
      ['full screen (Cmd+Ctrl+F)', withCommand('f', { control: true, meta: true })],
      ['new window', withCommand('n')],
      ['open a file', withCommand('o')],
      ['save the page', withCommand('s')],
      ['view source', withCommand('u')],
      ['find', withCommand('f')],
      ['Ctrl+Tab', withCommand('Tab')],
      ['reload (F5)', press({ key: 'F5' })],
      ['hard reload (Ctrl+F5)', withCommand('F5')],
      ['full screen (F11)', press({ key: 'F11' })],
      ['DevTools (F12)', press({ key: 'F12' })],
      ['caret browsing (F7)', press({ key: 'F7' })],
      ['close (Alt+F4)', press({ key: 'F4', alt: true })],
      ['history back (Alt+Left)', press({ key: 'ArrowLeft', alt: true })],
      ['history forward (Alt+Right)', press({ key: 'ArrowRight', alt: true })],
      ['home page (Alt+Home)', press({ key: 'Home', alt: true })],
      ['the keyboard Back key', press({ key: 'BrowserBack' })],
      ['the keyboard Refresh key', press({ key: 'BrowserRefresh' })],
      ['the quit chord without Alt', withCommand('Q', { shift: true })],
      ['the quit chord without Shift', withCommand('q', { alt: true })],
    ])('blocks %s', (_name, input) => {
      expect(keyAction(input, platform)).toBe('block');
    });

    it.each([
      ['a letter', press({ key: 'a', code: 'KeyA' })],
      ['a capital', press({ key: 'A', code: 'KeyA', shift: true })],
      ['a digit', press({ key: '7', code: 'Digit7' })],
      ['an at sign', press({ key: '@', code: 'Digit2', shift: true })],
      ['Space', press({ key: ' ', code: 'Space' })],
      ['Enter', press({ key: 'Enter' })],
      ['Tab', press({ key: 'Tab' })],
      ['Shift+Tab', press({ key: 'Tab', shift: true })],
      ['Backspace', press({ key: 'Backspace' })],
      ['Escape', press({ key: 'Escape' })],
      ['an arrow', press({ key: 'ArrowDown' })],
      ['select all', withCommand('a')],
      ['copy', withCommand('c')],
      ['cut', withCommand('x')],
      ['paste', withCommand('v')],
      ['paste as text', withCommand('V', { shift: true })],
      ['undo', withCommand('z')],
      ['redo', withCommand('Z', { shift: true })],
      ['redo (Ctrl+Y)', withCommand('y')],
      ['a word left', withCommand('ArrowLeft')],
      ['delete a word', withCommand('Backspace')],
      ['Shift alone', press({ key: 'Shift', shift: true })],
    ])('allows %s', (_name, input) => {
      expect(keyAction(input, platform)).toBe('allow');
    });

    it('quits on the chord, whatever Shift and Option make of the letter', () => {
      expect(keyAction(withCommand('Q', { shift: true, alt: true }), platform)).toBe('quit-chord');
      if (platform === 'darwin') {
        expect(keyAction(withCommand('Œ', { shift: true, alt: true, code: 'KeyQ' }), platform)).toBe(
          'quit-chord',
        );
      }
    });
  });

  it('lets AltGr (Ctrl+Alt on Windows) type the characters of an email address', () => {
    const altGr = (key: string, code: string) => press({ key, code, control: true, alt: true });
    expect(keyAction(altGr('@', 'KeyQ'), 'win32')).toBe('allow');
    expect(keyAction(altGr('€', 'KeyE'), 'win32')).toBe('allow');
    expect(keyAction(altGr('q', 'KeyQ'), 'win32')).toBe('block');
    expect(keyAction(altGr('@', 'KeyQ'), 'darwin')).toBe('block');
  });

  it('lets Option type accented letters on a Mac', () => {
    expect(keyAction(press({ key: 'é', code: 'KeyE', alt: true }), 'darwin')).toBe('allow');
  });
});
