import { z } from 'zod';

/**
 * What the renderer may report about a visit: an event name, the language, a question's id, and
 * two yes/no facts about the visit. Nothing else fits through: no free text, no field of any
 * form, so no personal detail can reach analytics.jsonl even by mistake.
 */

// The content's own rules for these: a language code (en, es, pt-BR) and a question id.
const lang = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/);
const questionId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** Events that carry nothing but their language. */
export const PLAIN_EVENTS = ['wake', 'signup-started', 'signup-abandoned', 'idle-reset'] as const;

/** The argument of `recordEvent`. */
export const analyticsEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.enum(PLAIN_EVENTS), lang }).strict(),
  /** `firstInVisit`: the visit's first answer, which counts the visitor among the readers. */
  z
    .object({ event: z.literal('question-open'), lang, question: questionId, firstInVisit: z.boolean() })
    .strict(),
  /** `afterAnswer`: the visitor had read an answer before signing up. */
  z.object({ event: z.literal('signup-completed'), lang, afterAnswer: z.boolean() }).strict(),
]);

/** One event as the renderer reports it. */
export type AnalyticsEvent = z.infer<typeof analyticsEventSchema>;

/**
 * What analytics.jsonl counts: the events, and two counts derived from their yes/no facts, for
 * "how many visitors went from an answer to a signup".
 */
export const COUNTED = [
  'wake',
  'question-open',
  'signup-started',
  'signup-completed',
  'signup-abandoned',
  'idle-reset',
  'visit-read-answer',
  'signup-after-answer',
] as const;

/** One of COUNTED. */
export type Counted = (typeof COUNTED)[number];
