import { memo, useMemo } from 'react';
import type { Question } from '../../main/api';
import { ActionBar } from '../components/ActionBar';
import { ListenButton } from '../components/ListenButton';
import { RichText } from '../components/RichText';
import { TopBar } from '../components/TopBar';
import { answerText } from '../answer-text';
import { selectLocalized, useKiosk } from '../store';
import { position } from '../store/session';
import { useFocusOnShow } from '../use-focus-on-show';
import { useKeptPage } from '../use-kept-page';
import { useOneMoreEachFrame } from '../use-one-more-each-frame';
import { useSwipe } from '../use-swipe';

/** How an answer came on screen: from the list, or stepping to the next or previous one. */
type Entrance = 'open' | 'next' | 'previous';

/**
 * One question and its answer, with the previous and next answers a tap or a swipe away.
 *
 * Every answer, in every language, is built once and kept, hidden but the one on show: a tap that
 * opens or turns to an answer shows a page that is already there, as a plain page showing one of
 * its sections would, instead of building it while the visitor waits (on a cheap laptop, most of
 * what such a tap cost). App builds the screen once the attract loop is painted, and the answers
 * come one a frame, each laid out unseen as it comes (useKeptPage): building or laying out all at
 * once took a cheap laptop longer than a frame may, and the attract loop would have stalled.
 */
export function AnswerScreen({ shown, id, from }: { shown: boolean; id?: string; from?: Entrance }) {
  const content = useKiosk((state) => state.content?.content);
  const localized = useKiosk(selectLocalized);
  const stepAnswer = useKiosk((state) => state.stepAnswer);
  const pages = content
    ? Object.values(content.byLanguage).flatMap((language) =>
        language.faq.map((question) => ({ language, question })),
      )
    : [];
  const built = useOneMoreEachFrame(pages.length);
  if (!content || !localized) return null;
  const { words } = localized;
  const ids = localized.faq.map((entry) => entry.id);
  const { number, total } = position(ids, id ?? '');
  const place = words.position.replace('{number}', String(number)).replace('{total}', String(total));
  return (
    <div className="screen visitor-screen" hidden={!shown} aria-hidden={!shown}>
      <TopBar showBack />
      <div className="answer-deck">
        {pages.map(({ language, question }, index) => {
          const onShow = shown && language === localized && question.id === id;
          // Not built yet (see useOneMoreEachFrame) unless asked for.
          if (index >= built && !onShow) return null;
          return (
            <AnswerPage
              key={`${language.lang} ${question.id}`}
              question={question}
              campaign={content.campaign.name}
              logo={content.theme.logo}
              entrance={onShow ? (from ?? 'open') : null}
              onSwipe={stepAnswer}
            />
          );
        })}
      </div>
      <ActionBar>
        <button
          type="button"
          className="bar-button step-button"
          aria-disabled={number <= 1}
          onClick={() => stepAnswer(-1)}
        >
          <span aria-hidden="true">‹</span> {words.previous}
        </button>
        <span className="answer-position">{place}</span>
        <button
          type="button"
          className="bar-button step-button"
          aria-disabled={number >= total}
          onClick={() => stepAnswer(1)}
        >
          {words.next} <span aria-hidden="true">›</span>
        </button>
      </ActionBar>
    </div>
  );
}

/**
 * One answer's page: hidden unless `entrance` says how it came on screen. Hidden, it keeps its
 * layout (pages.css); showing it again starts its entrance again.
 */
const AnswerPage = memo(function AnswerPage({
  question,
  campaign,
  logo,
  entrance,
  onSwipe,
}: {
  question: Question;
  campaign: string;
  logo: string | undefined;
  entrance: Entrance | null;
  onSwipe: (by: 1 | -1) => void;
}) {
  const shown = entrance !== null;
  const focusHeading = useFocusOnShow<HTMLHeadingElement>(shown);
  const page = useKeptPage<HTMLElement>(shown, question);
  const swipe = useSwipe(onSwipe);
  const text = useMemo(() => answerText(question.question, question.answer), [question]);
  return (
    // Focusable while shown, so a long answer also scrolls from a keyboard.
    <main
      ref={page}
      hidden={!shown}
      aria-hidden={!shown}
      tabIndex={shown ? 0 : -1}
      className={`page answer${shown ? ` enter-${entrance}` : ''}`}
      lang={question.lang}
      {...swipe}
    >
      <header className="answer-header">
        <h1 tabIndex={-1} ref={focusHeading}>
          {question.question}
        </h1>
        <ListenButton text={text} lang={question.lang} shown={shown} />
        <p className="answer-campaign" aria-hidden="true">
          {logo && <img src={logo} alt="" draggable={false} />}
          {campaign}
        </p>
      </header>
      <div className="answer-body">
        <RichText blocks={question.answer} />
      </div>
    </main>
  );
});
