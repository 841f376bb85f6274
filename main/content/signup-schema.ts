import { z } from 'zod';
import { localized } from './schema-parts';

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
      consent: localized(),
      submit: localized(),
      thankYou: localized(),
    },
    group,
  )
  .strict();
