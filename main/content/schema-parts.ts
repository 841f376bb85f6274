import { z } from 'zod';

// Each message finishes the sentence "<setting> ..." and is followed by what was found instead.
const textMessage = 'must be text';
const localizedMessage = 'must give the text in each language, one line per language code, like "en: Hello"';

/** Plain text, at least one character. */
export const text = () => z.string({ error: textMessage }).trim().min(1, { error: 'must not be empty' });

/** Text in several languages: language code → text. Which codes are required is checked later. */
export const localized = () =>
  z.record(z.string(), text(), { error: localizedMessage }).refine((map) => Object.keys(map).length > 0, {
    error: localizedMessage,
  });

export const seconds = (min: number, max: number) => {
  const message = `must be a number of seconds between ${min} and ${max}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
};

export const colour = () =>
  z.string({ error: 'must be a colour written as #rrggbb, like "#1a5fb4"' }).regex(/^#[0-9a-fA-F]{6}$/, {
    error: 'must be a colour written as #rrggbb, like "#1a5fb4"',
  });

const mediaMessage = 'must be the name of a picture in the media folder, like "media/logo.png"';
export const mediaPath = () =>
  z
    .string({ error: mediaMessage })
    // The kiosk runs offline, so a web address would show a broken picture at the campaign table.
    .refine((src) => !/^[a-z]+:/i.test(src), {
      error: `must be a picture in the media folder, not a web address: the kiosk has no internet. Save the picture into media/ and write its name, like "media/rally.png"`,
      abort: true,
    })
    .regex(/^media\/[^\\]+$/, { error: mediaMessage });

export const webAddress = () =>
  z.string({ error: 'must be a web address starting with https:// (or http://)' }).regex(/^https?:\/\/\S+$/, {
    error: 'must be a web address starting with https:// (or http://)',
  });

export const languageCode = () =>
  z
    .string({ error: 'must be a language code, like "en" or "es"' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, {
      error: 'must be a language code, like "en" or "es"',
    });
