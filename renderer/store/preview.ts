import { attract, type Screen, type Session } from './session';

/**
 * What the organizer's preview (`npm run serve -- --preview`) pins a kiosk page to: a screen, a
 * language, and on the attract loop one slide, which stays.
 */
export interface PreviewPin {
  /** The language code asked for; null for the content's default. */
  lang: string | null;
  screen: Screen;
  /** The attract slide on show, counted from 0. */
  slide: number;
}

/** What the preview can ask a kiosk page to show. */
export type PreviewScreen = 'attract' | 'questions' | 'answer' | 'signup' | 'thanks';

/** What the preview's side panel picks: the same as a pin, in the terms of its address. */
export interface PreviewChoice {
  lang: string | null;
  screen: PreviewScreen;
  /** The attract slide, counted from 1 as organizers count them. */
  slide?: number;
  /** The question's id, for `screen: 'answer'`. */
  question?: string;
}

// Caps against a silly address; a language or question the content lacks is handled by the screens.
const MAX_TEXT = 200;
const text = (value: string | null): string | null => (value && value.length <= MAX_TEXT ? value : null);

/**
 * Reads a kiosk page's query (`?preview&lang=es&screen=answer&question=who-is-afscme`, or
 * `?preview&screen=attract&slide=3`) as a pin; null when it does not ask for a preview. Anything
 * it cannot read falls back to the attract loop's first slide, in the default language. The
 * caller honours it only when the host says it runs in preview mode.
 */
export function parsePreview(search: string): PreviewPin | null {
  const query = new URLSearchParams(search);
  if (!query.has('preview')) return null;
  const lang = text(query.get('lang'));
  const slide = Number(query.get('slide'));
  const question = text(query.get('question'));
  const screen = ((): Screen => {
    switch (query.get('screen')) {
      case 'questions':
        return { name: 'questions' };
      case 'answer':
        return question ? { name: 'answer', id: question } : { name: 'questions' };
      case 'signup':
        return { name: 'signup' };
      case 'thanks':
        return { name: 'thanks' };
      default:
        return { name: 'attract' };
    }
  })();
  return {
    lang,
    screen,
    slide: screen.name === 'attract' && Number.isInteger(slide) && slide >= 1 ? slide - 1 : 0,
  };
}

/** The kiosk page's address for what the preview's panel picked: the other side of `parsePreview`. */
export function previewAddress(choice: PreviewChoice): string {
  const query = new URLSearchParams();
  if (choice.lang) query.set('lang', choice.lang);
  query.set('screen', choice.screen);
  if (choice.screen === 'attract') query.set('slide', String(choice.slide ?? 1));
  if (choice.screen === 'answer' && choice.question) query.set('question', choice.question);
  return `index.html?preview&${query.toString()}`;
}

/** The session a pinned page starts in: the pinned screen and language, nothing else of a visitor. */
export const previewSession = (pin: PreviewPin, now: number): Session => ({
  ...attract(now),
  screen: pin.screen,
  lang: pin.lang,
});

/** The slide a pinned attract loop shows, kept within the slides there are. */
export const pinnedSlide = (pin: PreviewPin, count: number): number =>
  Math.max(0, Math.min(pin.slide, count - 1));
