import { ActionBar } from '../components/ActionBar';
import { TopBar } from '../components/TopBar';
import { selectLocalized, useKiosk } from '../store';
import { useFocusOnShow } from '../use-focus-on-show';
import { useKeptPage } from '../use-kept-page';

/**
 * The campaign's questions, one large card each. Kept built while hidden, as the attract loop is:
 * Back and "Tap to start" then show it rather than build it (see App).
 */
export function QuestionsScreen({ shown }: { shown: boolean }) {
  const localized = useKiosk(selectLocalized);
  const openQuestion = useKiosk((state) => state.openQuestion);
  const focusHeading = useFocusOnShow<HTMLHeadingElement>(shown);
  const page = useKeptPage<HTMLElement>(shown, localized);
  if (!localized) return null;
  return (
    <div className="screen visitor-screen" hidden={!shown} aria-hidden={!shown}>
      <TopBar showBack={false} />
      <main className="page questions" ref={page}>
        <h1 className="page-title" tabIndex={-1} ref={focusHeading}>
          {localized.words.questionsTitle}
        </h1>
        <ul className="question-list">
          {localized.faq.map((question, index) => (
            <li key={question.id}>
              <button
                type="button"
                className="question-card"
                lang={question.lang}
                onClick={() => openQuestion(question.id)}
              >
                <span className="question-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="question-text">{question.question}</span>
                <span className="question-arrow" aria-hidden="true">
                  →
                </span>
              </button>
            </li>
          ))}
        </ul>
      </main>
      <ActionBar />
    </div>
  );
}
