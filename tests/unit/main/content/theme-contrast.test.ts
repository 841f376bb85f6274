import { describe, expect, it } from 'vitest';
import { contrastRatio, themeContrastProblems } from '../../../../main/content/theme-contrast';

const readable = { primary: '#00573f', accent: '#f2a900', background: '#f7f5ef', text: '#1b1b1b' };

describe('theme contrast', () => {
  it('measures contrast the way WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('accepts the default colours', () => {
    expect(themeContrastProblems(readable)).toEqual([]);
  });

  it('names each colour that visitors could not read, and where', () => {
    const problems = themeContrastProblems({ ...readable, text: '#999999' });
    expect(problems.map((problem) => problem.key)).toEqual(['text', 'text', 'accent']);
    expect(problems[0]!.message).toContain('on the background colour (#f7f5ef)');
  });
});
