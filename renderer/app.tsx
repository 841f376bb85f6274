import { useEffect } from 'react';
import { IdleGuard } from './components/IdleGuard';
import { ProblemsBadge } from './components/ProblemsBadge';
import { SignupStatusNote } from './components/SignupStatusNote';
import { AnswerScreen } from './screens/AnswerScreen';
import { AttractScreen } from './screens/AttractScreen';
import { ContentErrorScreen } from './screens/ContentErrorScreen';
import { MessageScreen } from './screens/MessageScreen';
import { QuestionsScreen } from './screens/QuestionsScreen';
import { SignupScreen } from './screens/SignupScreen';
import { ThankYouScreen } from './screens/ThankYouScreen';
import { StaffLayer } from './staff/StaffLayer';
import { selectLocalized, useKiosk } from './store';
import { useOneMoreEachFrame } from './use-one-more-each-frame';

/** The kiosk: picks the screen for the current content and session. */
export function App() {
  const contentState = useKiosk((state) => state.content);
  const connectionError = useKiosk((state) => state.connectionError);
  const screen = useKiosk((state) => state.session.screen);
  const lang = useKiosk((state) => selectLocalized(state)?.lang);
  const theme = useKiosk((state) => state.content?.content?.theme);
  const largerText = useKiosk((state) => state.session.largerText);
  // The question may vanish in a live content edit: the list shows rather than a blank page.
  const answerFound = useKiosk((state) => {
    const shown = state.session.screen;
    return shown.name === 'answer' && !!selectLocalized(state)?.faq.some((entry) => entry.id === shown.id);
  });
  const browsing = screen.name === 'questions' || screen.name === 'answer';
  // The screens kept built while hidden (the questions, every answer) come after the content's
  // first screen is painted, so they never delay the attract loop's first frame.
  const built = useOneMoreEachFrame(contentState?.content ? 1 : 0) > 0;

  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.classList.toggle('larger-text', largerText);
  }, [largerText]);
  useEffect(() => {
    if (!theme) return;
    const root = document.documentElement.style;
    root.setProperty('--primary', theme.primary);
    root.setProperty('--accent', theme.accent);
    root.setProperty('--background', theme.background);
    root.setProperty('--text', theme.text);
  }, [theme]);

  if (connectionError && !contentState)
    return <MessageScreen title="The kiosk cannot start" text={connectionError} />;
  if (!contentState) return <MessageScreen title="United We Heal" />;
  if (!contentState.content) {
    return (
      <>
        <ContentErrorScreen state={contentState} />
        <StaffLayer />
      </>
    );
  }
  return (
    <>
      {/* Kept while the visitor browses: see AttractScreen. */}
      <AttractScreen shown={screen.name === 'attract'} />
      {(built || browsing) && (
        <>
          <QuestionsScreen
            shown={screen.name === 'questions' || (screen.name === 'answer' && !answerFound)}
          />
          <AnswerScreen
            shown={answerFound}
            id={screen.name === 'answer' ? screen.id : undefined}
            from={screen.name === 'answer' ? screen.from : undefined}
          />
        </>
      )}
      {screen.name === 'signup' && <SignupScreen />}
      {screen.name === 'thanks' && <ThankYouScreen />}
      <div className="staff-notes">
        <ProblemsBadge />
        <SignupStatusNote />
      </div>
      <IdleGuard />
      <StaffLayer />
    </>
  );
}
