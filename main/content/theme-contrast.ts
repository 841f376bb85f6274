import { contrastRatio, luminance, nearestPassingColour, type Constraint } from './colour-contrast';
import type { Content } from './types';

export { contrastRatio } from './colour-contrast';

type Colour = 'primary' | 'accent' | 'background' | 'text';
type Theme = Pick<Content['theme'], Colour>;

/**
 * The colours the kiosk ships with. When one colour of a pair that is too alike is still the
 * shipped one, the other is the one an organizer changed, and the message names that one.
 */
export const SHIPPED_THEME: Theme = {
  primary: '#00573f',
  accent: '#f2a900',
  background: '#f7f5ef',
  text: '#1b1b1b',
};

/** A pair of colours visitors read one on the other; `against` is a theme colour or plain white. */
interface Pair {
  colour: Colour;
  against: Colour | '#ffffff';
  minimum: number;
  /** Where the pair is seen, said of whichever of the two colours is named. */
  where: (theme: Theme, named: Colour) => string;
}

// WCAG AA: 4.5:1 for body text, 3:1 for large headings.
const PAIRS: Pair[] = [
  {
    colour: 'primary',
    against: '#ffffff',
    minimum: 4.5,
    where: () => 'behind the white writing of the bars and the attract slides',
  },
  {
    colour: 'text',
    against: 'background',
    minimum: 4.5,
    where: (theme, named) =>
      named === 'text'
        ? `on the background colour ${theme.background}`
        : `behind the text colour ${theme.text}`,
  },
  { colour: 'text', against: '#ffffff', minimum: 4.5, where: () => 'on the white question buttons' },
  {
    colour: 'accent',
    against: 'text',
    minimum: 4.5,
    where: (theme, named) =>
      named === 'accent'
        ? `behind the text colour ${theme.text} of the start button`
        : `on the accent colour ${theme.accent} of the start button`,
  },
  {
    colour: 'primary',
    against: 'background',
    minimum: 3,
    where: (theme, named) =>
      named === 'primary'
        ? `for headings on the background colour ${theme.background}`
        : `behind headings in the primary colour ${theme.primary}`,
  },
];

/** A theme colour that visitors could not read well where the kiosk uses it. */
export interface ContrastProblem {
  key: Colour;
  message: string;
}

/**
 * Checks the pairs of colours the kiosk draws text with against the WCAG AA minimum, so an
 * organizer's new colours stay readable for everyone. Each colour to change is named once, with
 * every place it is hard to read and the nearest colour (same hue, lighter or darker) that passes
 * everywhere it is used.
 */
export function themeContrastProblems(theme: Theme): ContrastProblem[] {
  const value = (colour: Colour | '#ffffff') => (colour === '#ffffff' ? colour : theme[colour]);
  const failing = PAIRS.filter(
    (pair) => contrastRatio(value(pair.colour), value(pair.against)) < pair.minimum,
  );
  const blamed = new Map<Colour, Pair[]>();
  for (const pair of failing) {
    const named = blame(pair, theme, failing);
    blamed.set(named, [...(blamed.get(named) ?? []), pair]);
  }
  return [...blamed].map(([key, pairs]) => {
    const other = (pair: Pair) => value(pair.colour === key ? pair.against : pair.colour);
    const sameMinimum = pairs.every((pair) => pair.minimum === pairs[0]?.minimum);
    const places = pairs.map(
      (pair) =>
        `${contrastRatio(theme[key], other(pair)).toFixed(1)}:1 ${pair.where(theme, key)}${sameMinimum ? '' : ` (at least ${pair.minimum}:1 needed)`}`,
    );
    const needed = sameMinimum ? `, and at least ${pairs[0]?.minimum}:1 is needed` : '';
    const everywhere: Constraint[] = PAIRS.filter((pair) => pair.colour === key || pair.against === key).map(
      (pair) => ({ against: other(pair), minimum: pair.minimum }),
    );
    const failingHere = pairs.map((pair) => ({ against: other(pair), minimum: pair.minimum }));
    const suggestion =
      nearestPassingColour(theme[key], everywhere) ?? nearestPassingColour(theme[key], failingHere);
    const darker = suggestion && luminance(suggestion) < luminance(theme[key]);
    const too = suggestion ? (darker ? 'too light' : 'too dark') : 'too close to the colours around it';
    const advice = suggestion
      ? ` The nearest colour that passes is "${suggestion}"; use it, or one even ${darker ? 'darker' : 'lighter'}.`
      : ' Choose a much darker or much lighter colour.';
    return {
      key,
      message: `theme.${key} "${theme[key]}" is ${too} for everyone to read: its contrast is ${listed(places)}${needed}.${advice}`,
    };
  });
}

/**
 * Which colour of a failing pair to name: the one changed from the shipped theme when only one
 * was; otherwise the one that fails in more places (a new text colour fails on the background,
 * on white and on the start button); otherwise the pair's first colour.
 */
function blame(pair: Pair, theme: Theme, failing: Pair[]): Colour {
  if (pair.against === '#ffffff') return pair.colour;
  const { colour, against } = pair;
  const changed = (key: Colour) => theme[key].toLowerCase() !== SHIPPED_THEME[key];
  if (changed(colour) !== changed(against)) return changed(colour) ? colour : against;
  const fails = (key: Colour) =>
    failing.filter((other) => other.colour === key || other.against === key).length;
  return fails(against) > fails(colour) ? against : colour;
}

/** "a", "a and b", "a, b and c". */
function listed(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
