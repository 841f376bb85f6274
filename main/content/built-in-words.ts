/**
 * Words of the kiosk that `words` in kiosk.yaml may leave out: the kiosk knows them in English and
 * Spanish, so content written before they existed keeps working. Content that gives one of them
 * (in any language) is used first.
 */
export const builtInWords = {
  listen: { en: 'Listen', es: 'Escuchar' },
  stopListening: { en: 'Stop reading', es: 'Dejar de leer' },
  largerText: { en: 'Larger text', es: 'Letra más grande' },
  previous: { en: 'Previous', es: 'Anterior' },
  next: { en: 'Next', es: 'Siguiente' },
  position: { en: '{number} of {total}', es: '{number} de {total}' },
  required: { en: 'required', es: 'obligatorio' },
  keyboard: { en: 'Keyboard', es: 'Teclado' },
  done: { en: 'Done', es: 'Listo' },
  space: { en: 'Space', es: 'Espacio' },
  delete: { en: 'Delete', es: 'Borrar' },
  shift: { en: 'Shift', es: 'Mayúsculas' },
  needsStaff: { en: 'This kiosk needs a staff member', es: 'Este quiosco necesita a alguien del personal' },
  restarting: {
    en: 'One moment, please: the kiosk is restarting.',
    es: 'Un momento, por favor: el quiosco se está reiniciando.',
  },
} as const satisfies Record<string, { en: string; es: string }>;

/** The keys of `words` that may be left out, in the order the content's README lists them. */
export const optionalWordKeys = Object.keys(builtInWords) as (keyof typeof builtInWords)[];

/** The built-in wording of `key` in `lang`, if the kiosk knows that language. */
export function builtInWord(key: keyof typeof builtInWords, lang: string): string | undefined {
  const words: Record<string, string> = builtInWords[key];
  return words[lang] ?? words[lang.split('-')[0]!];
}
