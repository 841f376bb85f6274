/** WCAG contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A colour the searched colour is read on (or with), and the contrast it needs against it. */
export interface Constraint {
  against: string;
  minimum: number;
}

/**
 * The `#rrggbb` colour nearest to `hex` that meets every constraint: same hue and saturation,
 * lightness moved by the smallest step (darker or lighter) that passes, so the campaign's colour
 * stays recognisably its own. Undefined when no lightness passes them all.
 */
export function nearestPassingColour(hex: string, constraints: readonly Constraint[]): string | undefined {
  const [hue, saturation, lightness] = toHsl(hex);
  const passes = (candidate: string) =>
    constraints.every(({ against, minimum }) => contrastRatio(candidate, against) >= minimum);
  // Steps of 0.5% lightness: finer than any two colours an organizer would tell apart.
  for (let step = 1; step <= 200; step++) {
    const found = [lightness - step / 200, lightness + step / 200]
      .filter((value) => value >= 0 && value <= 1)
      .map((value) => toHex(hue, saturation, value))
      .filter(passes);
    if (found.length > 0) return found[0];
  }
  return undefined;
}

function toHsl(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  if (max === min) return [0, 0, lightness];
  const delta = max - min;
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  const hue = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return [hue * 60, saturation, lightness];
}

function toHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const sector = Math.floor(hue / 60) % 6;
  const [r, g, b] = [
    [chroma, x, 0],
    [x, chroma, 0],
    [0, chroma, x],
    [0, x, chroma],
    [x, 0, chroma],
    [chroma, 0, x],
  ][sector] as [number, number, number];
  return `#${[r, g, b]
    .map((channel) =>
      Math.round((channel + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
