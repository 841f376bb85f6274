import { z } from 'zod';

// Each message finishes the sentence "<setting> ..." and is followed by what was found instead.
const textMessage = 'must be text';
const localizedMessage = 'must give the text in each language, one line per language code, like "en: Hello"';

/** Plain text, at least one character. */
const text = () => z.string({ error: textMessage }).trim().min(1, { error: 'must not be empty' });

/** Text in several languages: language code → text. Which codes are required is checked later. */
const localized = () =>
  z.record(z.string(), text(), { error: localizedMessage }).refine((map) => Object.keys(map).length > 0, {
    error: localizedMessage,
  });

const seconds = (min: number, max: number) => {
  const message = `must be a number of seconds between ${min} and ${max}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
};

const colour = () =>
  z.string({ error: 'must be a colour written as #rrggbb, like "#1a5fb4"' }).regex(/^#[0-9a-fA-F]{6}$/, {
    error: 'must be a colour written as #rrggbb, like "#1a5fb4"',
  });

const mediaMessage = 'must be the name of a picture in the media folder, like "media/logo.png"';
const mediaPath = () =>
  z
    .string({ error: mediaMessage })
    // The kiosk runs offline, so a web address would show a broken picture at the campaign table.
    .refine((src) => !/^[a-z]+:/i.test(src), {
      error: `must be a picture in the media folder, not a web address: the kiosk has no internet. Save the picture into media/ and write its name, like "media/rally.png"`,
      abort: true,
    })
    .regex(/^media\/[^\\]+$/, { error: mediaMessage });

const webAddress = () =>
  z.string({ error: 'must be a web address starting with https://' }).regex(/^https?:\/\/\S+$/, {
    error: 'must be a web address starting with https://',
  });

const languageCode = () =>
  z
    .string({ error: 'must be a language code, like "en" or "es"' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, {
      error: 'must be a language code, like "en" or "es"',
    });

/** The words the kiosk itself says; every one is required in the default language. */
export const wordKeys = [
  'tapToStart',
  'questionsTitle',
  'back',
  'home',
  'contentProblems',
  'idleWarning',
  'stillHere',
] as const;

/** The schema of `content/kiosk.yaml`. Unknown keys are errors, so typos never pass silently. */
export const kioskSchema = z
  .object(
    {
      campaign: z
        .object({ name: text(), tagline: localized() }, { error: 'must be a group of settings' })
        .strict(),
      theme: z
        .object(
          {
            primary: colour(),
            accent: colour(),
            background: colour(),
            text: colour(),
            logo: mediaPath().optional(),
          },
          { error: 'must be a group of settings' },
        )
        .strict(),
      languages: z
        .object(
          {
            default: languageCode(),
            offered: z
              .array(
                z
                  .object({ code: languageCode(), label: text() }, { error: 'must be a group of settings' })
                  .strict(),
                {
                  error: 'must be a list of languages, each with a code and a label',
                },
              )
              .min(1, { error: 'must list at least one language' }),
          },
          { error: 'must be a group of settings' },
        )
        .strict(),
      idle: z
        .object(
          { slideSeconds: seconds(3, 60), warningSeconds: seconds(10, 600), resetSeconds: seconds(15, 1800) },
          { error: 'must be a group of settings' },
        )
        .strict()
        // The warning runs inside the idle time; a longer one would be on screen from the first tap.
        .refine((idle) => idle.warningSeconds < idle.resetSeconds, {
          error:
            'must be fewer seconds than idle.resetSeconds, because the warning comes before the kiosk starts over',
          path: ['warningSeconds'],
        }),
      attract: z
        .object(
          {
            slides: z
              .array(
                z
                  .object(
                    {
                      title: localized(),
                      text: localized(),
                      image: mediaPath().optional(),
                      qr: z
                        .object(
                          { url: webAddress(), caption: localized() },
                          { error: 'must be a group of settings' },
                        )
                        .strict()
                        .optional(),
                    },
                    { error: 'must be a group of settings' },
                  )
                  .strict(),
                { error: 'must be a list of slides' },
              )
              .min(1, { error: 'must list at least one slide' }),
          },
          { error: 'must be a group of settings' },
        )
        .strict(),
      words: z
        .object(
          Object.fromEntries(wordKeys.map((key) => [key, localized()])) as Record<
            (typeof wordKeys)[number],
            ReturnType<typeof localized>
          >,
          {
            error: 'must be a group of settings',
          },
        )
        .strict(),
    },
    { error: 'must be a group of settings' },
  )
  .strict();

/** `kiosk.yaml` once it has passed the schema. */
export type KioskFile = z.infer<typeof kioskSchema>;
