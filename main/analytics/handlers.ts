import type { Handlers } from '../api';
import { CallRefused } from '../call-refused';
import type { ContentService } from '../content/service';
import type { Analytics } from './analytics';

/**
 * The visit counter's call. The schema lets through only an event name, a language code, a
 * question id and yes/no facts; here the language and the question must also be the content's own,
 * so nothing made up is ever counted.
 */
export function createAnalyticsHandlers(
  content: ContentService,
  analytics: Analytics,
): Pick<Handlers, 'recordEvent'> {
  return {
    async recordEvent(event) {
      const shown = content.current().content;
      if (!shown?.byLanguage[event.lang]) {
        throw new CallRefused('bad-input', `recordEvent: "${event.lang}" is not a language of the content.`);
      }
      if (
        event.event === 'question-open' &&
        !Object.values(shown.byLanguage).some((localized) =>
          localized.faq.some((q) => q.id === event.question),
        )
      ) {
        throw new CallRefused('bad-input', `recordEvent: there is no question "${event.question}".`);
      }
      analytics.record(event);
      return { recorded: true };
    },
  };
}
