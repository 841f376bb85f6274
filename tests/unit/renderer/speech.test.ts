import { describe, expect, it } from 'vitest';
import { answerText } from '../../../renderer/answer-text';
import { pickVoice } from '../../../renderer/speech';

describe('reading an answer aloud', () => {
  const voices = [
    { name: 'Français', lang: 'fr-FR', localService: true },
    { name: 'English online', lang: 'en-GB', localService: false },
    { name: 'English offline', lang: 'en_US', localService: true },
    { name: 'Español', lang: 'es-MX', default: true },
  ];

  it('finds a voice for the visitor’s language, preferring one that works offline', () => {
    expect(pickVoice(voices, 'en')?.name).toBe('English offline');
    expect(pickVoice(voices, 'es')?.name).toBe('Español');
    expect(pickVoice(voices, 'en-GB')?.name).toBe('English online');
  });

  it('finds none where the platform has no voice for that language', () => {
    expect(pickVoice(voices, 'vi')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  it('reads the question, then every paragraph and list item, and pictures by their description', () => {
    expect(
      answerText('Who is AFSCME?', [
        { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'A union' }] }] },
        {
          type: 'list',
          ordered: false,
          items: [
            [{ type: 'paragraph', children: [{ type: 'text', value: 'Fair pay' }] }],
            [
              {
                type: 'paragraph',
                children: [
                  { type: 'link', qrUrl: null, children: [{ type: 'text', value: 'Safe staffing' }] },
                ],
              },
            ],
          ],
        },
        {
          type: 'paragraph',
          children: [{ type: 'image', src: 'media/rally.jpg', alt: 'Members at a rally' }],
        },
      ]),
    ).toBe('Who is AFSCME?\n\nA union\n\nFair pay\nSafe staffing\n\nMembers at a rally');
  });
});
