import { selectLocalized, useKiosk } from '../store';
import { RichText } from '../components/RichText';
import { TopBar } from '../components/TopBar';
import { useFocusOnMount } from '../use-focus-on-mount';
import { QuestionsScreen } from './QuestionsScreen';

/** One question and its answer. */
export function AnswerScreen({ id }: { id: string }) {
  const question = useKiosk((state) => selectLocalized(state)?.faq.find((entry) => entry.id === id));
  const focusHeading = useFocusOnMount<HTMLHeadingElement>();
  // The question may vanish in a live content edit: show the list rather than a blank page.
  if (!question) return <QuestionsScreen />;
  return (
    <div className="screen">
      <TopBar showBack />
      <main className="page answer" lang={question.lang}>
        <h1 tabIndex={-1} ref={focusHeading}>
          {question.question}
        </h1>
        <RichText blocks={question.answer} />
      </main>
    </div>
  );
}
