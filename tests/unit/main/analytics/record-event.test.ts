import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../../main/api';
import type { Analytics } from '../../../../main/analytics/analytics';
import { createAnalyticsHandlers } from '../../../../main/analytics/handlers';
import type { ContentService } from '../../../../main/content/service';
import type { Content, ContentState, Localized } from '../../../../main/content/types';
import { dispatch } from '../../../../main/dispatch';

const faq = (lang: string) =>
  [{ id: 'who-is-afscme', question: '?', answer: [], lang }] satisfies Localized['faq'];
const content = {
  byLanguage: { en: { faq: faq('en') }, es: { faq: faq('es') } },
} as unknown as Content;
const state: ContentState = { version: 1, folder: '/c', content, problems: [] };
const service = { current: () => state } as unknown as ContentService;

function setup() {
  const record = vi.fn();
  const analytics = { record } as unknown as Analytics;
  const handlers = createAnalyticsHandlers(service, analytics) as unknown as Handlers;
  return { record, call: (input: unknown) => dispatch(handlers, 'recordEvent', input) };
}

describe('recordEvent', () => {
  it('counts an event of the content’s own languages and questions', async () => {
    const { record, call } = setup();
    expect(await call({ event: 'wake', lang: 'es' })).toEqual({ ok: true, value: { recorded: true } });
    await call({ event: 'question-open', lang: 'en', question: 'who-is-afscme', firstInVisit: true });
    await call({ event: 'signup-completed', lang: 'en', afterAnswer: false });
    expect(record).toHaveBeenCalledTimes(3);
  });

  it('never takes a field of any form, nor free text, however it is dressed', async () => {
    const { record, call } = setup();
    const attempts = [
      { event: 'wake', lang: 'en', email: 'maria@example.org' },
      { event: 'signup-completed', lang: 'en', afterAnswer: true, fields: { firstName: 'María' } },
      { event: 'signup-started', lang: 'en', firstName: 'María' },
      { event: 'question-open', lang: 'en', question: 'María López', firstInVisit: true },
      { event: 'question-open', lang: 'en', question: 'maria@example.org', firstInVisit: true },
      { event: 'question-open', lang: 'en', question: 'who-is-afscme', firstInVisit: 'María' },
      { event: 'wake', lang: 'María' },
      { event: 'María', lang: 'en' },
      { event: 'wake', lang: 'en', at: '2026-11-29T10:00:00Z' },
    ];
    for (const attempt of attempts) {
      expect(await call(attempt), JSON.stringify(attempt)).toMatchObject({
        ok: false,
        error: { code: 'bad-input' },
      });
    }
    expect(record).not.toHaveBeenCalled();
  });

  it('refuses a language or a question the content does not have', async () => {
    const { record, call } = setup();
    expect(await call({ event: 'wake', lang: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(
      await call({ event: 'question-open', lang: 'en', question: 'made-up', firstInVisit: true }),
    ).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(record).not.toHaveBeenCalled();
  });
});
