import { loadContent } from '../../main/content/load';
import type { Localized } from '../../main/api';

/** What the bench needs to know of the content to find its way around the kiosk like a visitor. */
export interface KioskWords {
  campaign: string;
  /** The default language's words. */
  main: Localized;
  /** A second language, when the content offers one. */
  other?: Localized;
}

/** Reads the words of the content in `dir` (the copy the bench's kiosk serves). */
export async function kioskWords(dir: string): Promise<KioskWords> {
  const { content } = await loadContent(dir);
  if (!content) throw new Error(`The bench needs good content in ${dir}`);
  const main = content.byLanguage[content.defaultLanguage]!;
  const code = content.languages.find((language) => language.code !== content.defaultLanguage)?.code;
  return { campaign: content.campaign.name, main, other: code ? content.byLanguage[code] : undefined };
}

/** One tap: the centre of the first visible `selector` whose text includes `text`. */
export interface Step {
  selector: string;
  text?: string;
}

/**
 * A visitor's visit, as taps from the attract loop back to it: start, (every other visit) the other
 * language, a question, the next answer, back to the questions, home. Different visits open
 * different questions, so every answer is shown in turn.
 */
export function visitSteps(words: KioskWords, visit: number, withLanguage: boolean): Step[] {
  const switched = withLanguage && words.other && visit % 2 === 1 ? words.other : undefined;
  const shown = switched ?? words.main;
  const question = shown.faq[visit % Math.max(1, shown.faq.length - 1)];
  if (!question) throw new Error('The bench needs content with at least one question');
  return [
    { selector: 'button', text: words.main.words.tapToStart },
    ...(switched ? [{ selector: `button[lang="${switched.lang}"]` }] : []),
    { selector: 'button', text: question.question },
    { selector: 'button', text: shown.words.next },
    { selector: 'button', text: shown.words.back },
    { selector: 'button', text: shown.words.home },
  ];
}
