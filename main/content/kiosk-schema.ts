import { z } from 'zod';
import { optionalWordKeys } from './built-in-words';
import { colour, languageCode, localized, mediaPath, seconds, text, webAddress } from './schema-parts';
import { signupSchema } from './signup-schema';

/** The words the kiosk itself says; every one is required in the default language. */
export const wordKeys = [
  'tapToStart',
  'questionsTitle',
  'back',
  'home',
  'contentProblems',
  'idleWarning',
  'stillHere',
  'problemsTitle',
  'problemsIntro',
  'close',
] as const;

const pictureMessage =
  'must be a group with the picture\'s "file:" (like media/rally.jpg) and a "description:" in each language, for visitors who cannot see it';

/** A picture of a slide: its file, what it shows in words, and how it fills its space. */
const picture = () =>
  z
    .object(
      {
        file: mediaPath(),
        description: localized(),
        fit: z
          .enum(['contain', 'cover'], {
            error:
              'must be "contain" (the whole picture shows) or "cover" (the picture fills its space, trimmed at the edges)',
          })
          .optional(),
      },
      { error: pictureMessage },
    )
    .strict();

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
            // Colours too alike for everyone to read stop the kiosk, unless organizers who
            // checked them with their readers say so here; they are then only warned about.
            allowLowContrast: z.boolean({ error: 'must be true or false' }).optional(),
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
                  .object(
                    {
                      code: languageCode(),
                      label: text(),
                      // A translation in progress: checked, but not offered to visitors yet.
                      draft: z.boolean({ error: 'must be true or false' }).optional(),
                    },
                    { error: 'must be a group of settings' },
                  )
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
          {
            slideSeconds: seconds(3, 60),
            warningSeconds: seconds(10, 600),
            // Optional, so content written before each screen had its own time keeps working.
            browseSeconds: seconds(15, 1800).optional(),
            formSeconds: seconds(15, 1800).optional(),
            resetSeconds: seconds(15, 1800).optional(),
          },
          { error: 'must be a group of settings' },
        )
        .strict()
        // The warning runs inside the idle time; a longer one would be on screen from the first tap.
        .refine((idle) => idle.resetSeconds === undefined || idle.warningSeconds < idle.resetSeconds, {
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
                      figure: localized().optional(),
                      title: localized(),
                      // How long this slide stays up; idle.slideSeconds when left out.
                      seconds: seconds(3, 60).optional(),
                      text: localized(),
                      image: picture().optional(),
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
          {
            ...(Object.fromEntries(wordKeys.map((key) => [key, localized()])) as Record<
              (typeof wordKeys)[number],
              ReturnType<typeof localized>
            >),
            ...(Object.fromEntries(optionalWordKeys.map((key) => [key, localized().optional()])) as Record<
              (typeof optionalWordKeys)[number],
              z.ZodOptional<ReturnType<typeof localized>>
            >),
          },
          {
            error: 'must be a group of settings',
          },
        )
        .strict(),
      signup: signupSchema.optional(),
    },
    { error: 'must be a group of settings' },
  )
  .strict();

/** `kiosk.yaml` once it has passed the schema. */
export type KioskFile = z.infer<typeof kioskSchema>;
