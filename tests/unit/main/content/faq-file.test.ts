import { describe, expect, it } from 'vitest';
import { parseFaqFile } from '../../../../main/content/faq-file';

// The Markdown features content/README.md promises organizers, written as that guide shows them.
const source = `# United We Heal: questions and answers

<!-- Check this answer with the legal team before the March event. -->

## Who is AFSCME? {#who-is-afscme}

Use **bold** for what matters most, and *italics* for titles.

Sign up at [unitedweheal.org](https://unitedweheal.org "qr"), or read [our website](https://unitedweheal.org).

![Members at the state capitol rally](media/rally.jpg)

## What is your goal?

1. Reasonable caseloads.
2. A strong voice on the job.
`;

describe('parseFaqFile', () => {
  const { questions, problems, images } = parseFaqFile(source, 'en');

  it('reads every feature of the guide without a single problem, skipping notes to organizers', () => {
    expect(problems).toEqual([]);
    expect(questions.map((question) => question.id)).toEqual(['who-is-afscme', 'what-is-your-goal']);
  });

  it('keeps bold and italics, and gives a QR code only to the link that asks for one', () => {
    const [formatting, links] = questions[0]!.answer;
    expect(formatting).toMatchObject({
      children: [{}, { type: 'strong' }, {}, { type: 'emphasis' }, {}],
    });
    const shown =
      links?.type === 'paragraph' ? links.children.filter((inline) => inline.type === 'link') : [];
    expect(shown.map((link) => link.type === 'link' && link.qrUrl)).toEqual([
      'https://unitedweheal.org',
      null,
    ]);
  });

  it('lists the pictures an answer uses, with where they are, so they can be checked', () => {
    expect(images).toEqual([
      { src: 'media/rally.jpg', alt: 'Members at the state capitol rally', line: 11, column: 1 },
    ]);
  });

  it('keeps a numbered list numbered', () => {
    expect(questions[1]!.answer).toEqual([
      expect.objectContaining({ type: 'list', ordered: true, items: expect.any(Array) }),
    ]);
  });
});
