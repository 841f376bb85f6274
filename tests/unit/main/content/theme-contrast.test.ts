import { describe, expect, it } from 'vitest';
import { nearestPassingColour } from '../../../../main/content/colour-contrast';
import { contrastRatio, SHIPPED_THEME, themeContrastProblems } from '../../../../main/content/theme-contrast';
import { parseKioskFile } from '../../../../main/content/kiosk-file';
import { readFile } from 'node:fs/promises';
import { DEFAULT_CONTENT } from '../../../support/content-fixture';

const readable = { primary: '#00573f', accent: '#f2a900', background: '#f7f5ef', text: '#1b1b1b' };
const suggested = (message: string) => /"(#[0-9a-f]{6})"; use it/.exec(message)?.[1];

describe('theme contrast', () => {
  it('measures contrast the way WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('accepts the default colours', () => {
    expect(themeContrastProblems(readable)).toEqual([]);
  });

  it('knows the colours the kiosk ships with, to tell which one an organizer changed', async () => {
    const { kiosk } = parseKioskFile(await readFile(`${DEFAULT_CONTENT}/kiosk.yaml`, 'utf8'));
    const { primary, accent, background, text } = kiosk!.theme;
    expect({ primary, accent, background, text }).toEqual(SHIPPED_THEME);
  });

  // The start button pairs accent with text: a new text colour used to be reported as "accent".
  it('names the colour that changed, once, with every place it is hard to read', () => {
    const problems = themeContrastProblems({ ...readable, text: '#999999' });
    expect(problems.map((problem) => problem.key)).toEqual(['text']);
    expect(problems[0]!.message).toContain('on the background colour #f7f5ef');
    expect(problems[0]!.message).toContain('on the accent colour #f2a900 of the start button');
    expect(themeContrastProblems({ ...readable, accent: '#333333' }).map((problem) => problem.key)).toEqual([
      'accent',
    ]);
    expect(
      themeContrastProblems({ ...readable, background: '#555555' }).map((problem) => problem.key),
    ).toEqual(['background']);
  });

  it('suggests the nearest colour that passes everywhere the colour is used', () => {
    for (const theme of [
      { ...readable, text: '#999999' },
      { ...readable, primary: '#f2a900' },
      { ...readable, accent: '#333333' },
      { ...readable, background: '#555555' },
    ]) {
      const [problem] = themeContrastProblems(theme);
      const colour = suggested(problem!.message);
      expect(colour, problem!.message).toMatch(/^#[0-9a-f]{6}$/);
      expect(themeContrastProblems({ ...theme, [problem!.key]: colour })).toEqual([]);
    }
  });

  it('moves lightness by the smallest step: the suggestion is only just past the minimum', () => {
    const colour = nearestPassingColour('#f2a900', [{ against: '#ffffff', minimum: 4.5 }])!;
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colour, '#ffffff')).toBeLessThan(4.7);
    expect(
      nearestPassingColour('#808080', [
        { against: '#ffffff', minimum: 4.5 },
        { against: '#000000', minimum: 10 },
      ]),
    ).toBeUndefined();
  });
});
