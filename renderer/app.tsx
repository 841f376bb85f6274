import { useEffect, useState } from 'react';
import { afterPaint } from './after-paint';
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
  const built = useKeptScreens(contentState?.content ?? undefined, largerText);

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

/**
 * Whether the screens kept built while hidden (the questions and every answer) are built yet: not
 * before the content's first screen is painted, so they never delay the attract loop's first
 * frame. Once built, and again whenever what they show or its size changes (new content, larger
 * text), they are laid out once, unseen, in a frame of their own ("warming", styles.css), so the
 * first tap that shows one finds it laid out; never in the frame of the tap that changed them.
 */
function useKeptScreens(content: unknown, largerText: boolean): boolean {
  const [built, setBuilt] = useState(false);
  const ready = content !== undefined;
  useEffect(() => {
    if (ready) afterPaint(() => setBuilt(true));
  }, [ready]);
  useEffect(() => {
    if (!built) return;
    const root = document.documentElement.classList;
    afterPaint(() => {
      root.add('warming');
      afterPaint(() => root.remove('warming'));
    });
  }, [built, content, largerText]);
  return built;
}
