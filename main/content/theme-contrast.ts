import type { Content } from './types';

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A pair of theme colours that visitors read one on top of the other, too alike to read well. */
export interface ContrastProblem {
  key: keyof Content['theme'];
  message: string;
}

/**
 * Checks the pairs of colours the kiosk draws text with, against the WCAG AA minimum (4.5:1 for
 * body text, 3:1 for large headings), so an organizer's new colours stay readable for everyone.
 */
export function themeContrastProblems(theme: Content['theme']): ContrastProblem[] {
  const pairs: [keyof Content['theme'], string, string, string, number][] = [
    ['primary', theme.primary, '#ffffff', 'behind the white writing of the bars and the attract slides', 4.5],
    ['text', theme.text, theme.background, `on the background colour (${theme.background})`, 4.5],
    ['text', theme.text, '#ffffff', 'on the white question buttons', 4.5],
    ['accent', theme.accent, theme.text, `behind the text colour (${theme.text}) of the start button`, 4.5],
    [
      'primary',
      theme.primary,
      theme.background,
      `for headings on the background colour (${theme.background})`,
      3,
    ],
  ];
  return pairs.flatMap(([key, colour, against, where, minimum]) => {
    const ratio = contrastRatio(colour, against);
    if (ratio >= minimum) return [];
    return [
      {
        key,
        message: `theme.${key} "${colour}" is hard to read ${where}: its contrast is ${ratio.toFixed(1)}:1, and at least ${minimum}:1 is needed so that everyone can read it. Choose a colour that is darker or lighter.`,
      },
    ];
  });
}
