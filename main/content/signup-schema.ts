import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { localized } from './schema-parts';
import { sealToSchema } from './seal-to';

/** The details the signup form can ask for; each becomes one column of the CSV export. */
export const signupFieldNames = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'workplace',
  'role',
  'zip',
] as const;

const group = { error: 'must be a group of settings' };

/** The ways organizers may reach someone; each needs its own consent (texts by US law). */
export const consentChannels = ['email', 'sms'] as const;

/** The field each channel reaches the person through. */
const channelField = { email: 'email', sms: 'phone' } as const;

const consent = z
  .object({ email: localized().optional(), sms: localized().optional() }, group)
  .strict()
  .refine((channels) => Object.keys(channels).length > 0, {
    error: 'must give the wording of at least one consent box: "email:", "sms:" (text messages), or both',
  });

const phoneRegion = z
  .string({ error: 'must be a two-letter country code, like "US"' })
  .refine((code) => isSupportedCountry(code), {
    error: 'must be a two-letter country code in capitals that has phone numbers, like "US" or "MX"',
  });

const field = z
  .object(
    {
      name: z.enum(signupFieldNames, { error: `must be one of ${signupFieldNames.join(', ')}` }),
      label: localized(),
      required: z.boolean({ error: 'must be true or false' }).optional(),
      choices: z
        .array(localized(), { error: 'must be a list of choices, each in every language' })
        .min(2, { error: 'must list at least two choices' })
        .optional(),
    },
    group,
  )
  .strict();

/**
 * The signup form's wording and fields in `kiosk.yaml`. Optional: without it the kiosk takes no
 * signups. A form must ask for a way to reach the person, or a signup is of no use to organizers.
 */
export const signupSchema = z
  .object(
    {
      button: localized(),
      title: localized(),
      intro: localized(),
      fields: z
        .array(field, { error: 'must be a list of form fields' })
        .min(1, { error: 'must list at least one field' })
        .superRefine((fields, context) => {
          const seen = new Set<string>();
          fields.forEach((entry, index) => {
            if (seen.has(entry.name)) {
              context.addIssue({
                code: 'custom',
                path: [index, 'name'],
                message: `asks for "${entry.name}" a second time; each field may appear only once in the form`,
              });
            }
            seen.add(entry.name);
          });
          if (!seen.has('email') && !seen.has('phone')) {
            context.addIssue({
              code: 'custom',
              message:
                'must include an email or a phone field, so organizers can reach the people who sign up',
            });
          }
        }),
      consent,
      phoneRegion: phoneRegion.optional(),
      sealTo: sealToSchema.optional(),
      submit: localized(),
      thankYou: localized(),
    },
    group,
  )
  .strict()
  .superRefine((signup, context) => {
    const asked = new Set(signup.fields.map((field) => field.name));
    for (const channel of consentChannels) {
      const field = channelField[channel];
      if (signup.consent[channel] && !asked.has(field)) {
        context.addIssue({
          code: 'custom',
          path: ['consent', channel],
          message: `asks for consent to reach people by ${channel === 'sms' ? 'text message' : 'email'}, but the form has no "${field}" field; add that field, or remove this consent`,
        });
      }
    }
  });
