import { selectLocalized, useKiosk } from '../store';
import { TopBar } from '../components/TopBar';
import { useFocusOnMount } from '../use-focus-on-mount';

/** The campaign's questions, one large button each. */
export function QuestionsScreen() {
  const localized = useKiosk(selectLocalized);
  const openQuestion = useKiosk((state) => state.openQuestion);
  const focusHeading = useFocusOnMount<HTMLHeadingElement>();
  if (!localized) return null;
  return (
    <div className="screen">
      <TopBar showBack={false} />
      <main className="page">
        <h1 tabIndex={-1} ref={focusHeading}>
          {localized.words.questionsTitle}
        </h1>
        <ul className="question-list">
          {localized.faq.map((question) => (
            <li key={question.id}>
              <button
                type="button"
                className="question-button"
                lang={question.lang}
                onClick={() => openQuestion(question.id)}
              >
                {question.question}
              </button>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
