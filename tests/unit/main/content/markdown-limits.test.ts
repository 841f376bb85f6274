import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFaqFile } from '../../../../main/content/faq-file';
import { checkMarkdownShape, MARKDOWN_LIMITS } from '../../../../main/content/markdown-limits';
import { DEFAULT_CONTENT } from '../../../support/content-fixture';

const timed = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

describe('Markdown shapes the parser cannot take', () => {
  it('lets the default FAQs through', () => {
    for (const file of ['faq.en.md', 'faq.es.md'])
      expect(checkMarkdownShape(readFileSync(join(DEFAULT_CONTENT, file), 'utf8')), file).toBeUndefined();
  });

  it('takes quotes and lists nested up to the limit, and points at the mark one deeper', () => {
    const ok = `${'> '.repeat(MARKDOWN_LIMITS.nesting)}text`;
    expect(checkMarkdownShape(ok)).toBeUndefined();
    expect(checkMarkdownShape(`intro\n\n${'- '.repeat(MARKDOWN_LIMITS.nesting)}1. text`)).toMatchObject({
      line: 3,
      column: MARKDOWN_LIMITS.nesting * 2 + 1,
    });
    expect(checkMarkdownShape(`${' '.repeat(MARKDOWN_LIMITS.indent + 1)}- deep`)).toMatchObject({ line: 1 });
  });

  it('counts bold and italic marks per paragraph, an empty line starting a new one', () => {
    const marks = (n: number) => '**a** '.repeat(n / 2);
    const full = marks(MARKDOWN_LIMITS.emphasis);
    expect(checkMarkdownShape(`${full}\n\n${full}`)).toBeUndefined();
    expect(checkMarkdownShape(`## Q\n\n${full}\n${marks(2)}`)).toMatchObject({ line: 3, column: 1 });
    expect(checkMarkdownShape(`> ${'[a]'.repeat(MARKDOWN_LIMITS.brackets + 1)}`)).toMatchObject({
      line: 1,
      column: 3,
    });
  });

  it('keeps the worst paragraph under the limits quick to parse', () => {
    const worst = [
      '*a_'.repeat(MARKDOWN_LIMITS.emphasis / 2),
      '![a'.repeat(MARKDOWN_LIMITS.brackets) + '](b)'.repeat(MARKDOWN_LIMITS.brackets),
      Array.from({ length: MARKDOWN_LIMITS.nesting }, () => '- '.repeat(MARKDOWN_LIMITS.nesting) + 'a').join(
        '\n',
      ),
    ];
    for (const text of worst) {
      expect(checkMarkdownShape(text)).toBeUndefined();
      expect(timed(() => parseFaqFile(`## Q {#q}\n\n${text}\n`, 'en'))).toBeLessThan(1000);
    }
  });
});
