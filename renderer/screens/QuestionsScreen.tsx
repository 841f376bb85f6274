import { ActionBar } from '../components/ActionBar';
import { TopBar } from '../components/TopBar';
import { selectLocalized, useKiosk } from '../store';
import { useFocusOnMount } from '../use-focus-on-mount';

/** The campaign's questions, one large card each. */
export function QuestionsScreen() {
  const localized = useKiosk(selectLocalized);
  const openQuestion = useKiosk((state) => state.openQuestion);
  const focusHeading = useFocusOnMount<HTMLHeadingElement>();
  if (!localized) return null;
  return (
    <div className="screen visitor-screen">
      <TopBar showBack={false} />
      <main className="page questions">
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
