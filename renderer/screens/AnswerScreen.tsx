import { useMemo } from 'react';
import { ActionBar } from '../components/ActionBar';
import { ListenButton } from '../components/ListenButton';
import { RichText } from '../components/RichText';
import { TopBar } from '../components/TopBar';
import { answerText } from '../answer-text';
import { selectLocalized, useKiosk } from '../store';
import { position } from '../store/session';
import { useFocusOnMount } from '../use-focus-on-mount';
import { useSwipe } from '../use-swipe';
import { QuestionsScreen } from './QuestionsScreen';

/** One question and its answer, with the previous and next answers a tap or a swipe away. */
export function AnswerScreen({ id, from }: { id: string; from?: 'next' | 'previous' }) {
  const localized = useKiosk(selectLocalized);
  const stepAnswer = useKiosk((state) => state.stepAnswer);
  const campaign = useKiosk((state) => state.content?.content?.campaign.name);
  const logo = useKiosk((state) => state.content?.content?.theme.logo);
  const focusHeading = useFocusOnMount<HTMLHeadingElement>();
  const swipe = useSwipe(stepAnswer);
  const question = localized?.faq.find((entry) => entry.id === id);
  const text = useMemo(() => (question ? answerText(question.question, question.answer) : ''), [question]);
  // The question may vanish in a live content edit: show the list rather than a blank page.
  if (!localized || !question) return <QuestionsScreen />;
  const { words } = localized;
  const ids = localized.faq.map((entry) => entry.id);
  const { number, total } = position(ids, id);
  const place = words.position.replace('{number}', String(number)).replace('{total}', String(total));
  return (
    <div className="screen visitor-screen">
      <TopBar showBack />
      {/* A new key per answer: a fresh page, scrolled to the top, sliding in from the side it came from. */}
      {/* Focusable, so a long answer also scrolls from a keyboard. */}
      <main
        key={id}
        tabIndex={0}
        className={`page answer enter-${from ?? 'open'}`}
        lang={question.lang}
        {...swipe}
      >
        <header className="answer-header">
          <h1 tabIndex={-1} ref={focusHeading}>
            {question.question}
          </h1>
          <ListenButton text={text} lang={question.lang} />
          <p className="answer-campaign" aria-hidden="true">
            {logo && <img src={logo} alt="" draggable={false} />}
            {campaign}
          </p>
        </header>
        <div className="answer-body">
          <RichText blocks={question.answer} />
        </div>
      </main>
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
