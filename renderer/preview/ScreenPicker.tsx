import type { ReactNode } from 'react';
import type { ContentState, LocatedProblem } from '../../main/api';
import type { PreviewChoice } from '../store/preview';

interface PickerProps {
  state: ContentState | null;
  error: string | null;
  /** What the frames show, with the language always named. */
  choice: PreviewChoice;
  onChoose: (choice: PreviewChoice) => void;
}

/**
 * The preview's side panel: the languages, then every screen of the content by its own words
 * (slides by title, questions by question), in the language picked. When the content has
 * errors it says so plainly instead, and lists them.
 */
export function ScreenPicker({ state, error, choice, onChoose }: PickerProps) {
  const content = state?.content ?? null;
  const localized =
    content && (content.byLanguage[choice.lang ?? ''] ?? content.byLanguage[content.defaultLanguage]);
  const errors = state?.problems.filter((problem) => problem.severity === 'error') ?? [];
  const warnings = state?.problems.filter((problem) => problem.severity === 'warning') ?? [];
  const pick = (next: Omit<PreviewChoice, 'lang'>) => onChoose({ lang: choice.lang, ...next });
  const item = (label: ReactNode, next: Omit<PreviewChoice, 'lang'>, key: string) => {
    const current =
      next.screen === choice.screen &&
      (next.screen !== 'attract' || next.slide === choice.slide) &&
      (next.screen !== 'answer' || next.question === choice.question);
    return (
      <li key={key}>
        <button type="button" aria-current={current ? 'true' : undefined} onClick={() => pick(next)}>
          {label}
        </button>
      </li>
    );
  };

  return (
    <nav className="preview-panel" aria-label="Screens">
      <header>
        <h1>Kiosk preview</h1>
        <p>
          Pick a screen to see it as visitors will. Save a change in the content folder and it shows here by
          itself.
        </p>
      </header>

      {error && (
        <p className="preview-alert" role="alert">
          {error}
        </p>
      )}
      {state && !content && (
        <div className="preview-alert" role="alert">
          <p>
            <strong>The content has problems,</strong> so the kiosk cannot show it yet. The kiosk screens on
            the right list them with what to change. Fix them and save: the preview updates by itself.
          </p>
        </div>
      )}
      {content && errors.length > 0 && (
        <div className="preview-alert" role="alert">
          <p>
            <strong>Your last change has problems.</strong> Until they are fixed, the kiosk keeps showing the
            content from before it:
          </p>
          <Problems problems={errors} />
        </div>
      )}

      {content && localized && (
        <>
          {content.languages.length > 1 && (
            <section>
              <h2>Language</h2>
              <div className="preview-languages">
                {content.languages.map(({ code, label }) => (
                  <button
                    key={code}
                    type="button"
                    lang={code}
                    aria-pressed={code === localized.lang}
                    onClick={() => onChoose({ ...choice, lang: code })}
                  >
                    {label}
                  </button>
                ))}
              </div>
            </section>
          )}

          <section>
            <h2>Attract slides</h2>
            <ol className="preview-list">
              {localized.slides.map((slide, index) =>
                item(
                  <>
                    <span className="preview-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="preview-label">{slide.title}</span>
                    <span className="preview-seconds" title="How long the slide stays up">
                      {slide.seconds} s
                    </span>
                  </>,
                  { screen: 'attract', slide: index + 1 },
                  `slide-${index}`,
                ),
              )}
            </ol>
          </section>

          <section>
            <h2>Questions and answers</h2>
            <ul className="preview-list">
              {item(
                <>
                  <span className="preview-number" aria-hidden="true" />
                  <span className="preview-label">All questions: the list</span>
                </>,
                { screen: 'questions' },
                'list',
              )}
            </ul>
            <ol className="preview-list">
              {localized.faq.map((question, index) =>
                item(
                  <>
                    <span className="preview-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="preview-label">{question.question}</span>
                  </>,
                  { screen: 'answer', question: question.id },
                  question.id,
                ),
              )}
            </ol>
          </section>

          {localized.signup && (
            <section>
              <h2>Signing up</h2>
              <ul className="preview-list">
                {item(
                  <span className="preview-label">{localized.signup.title}</span>,
                  { screen: 'signup' },
                  'signup',
                )}
                {item(
                  <span className="preview-label">The thank-you screen</span>,
                  { screen: 'thanks' },
                  'thanks',
                )}
              </ul>
            </section>
          )}

          {warnings.length > 0 && (
            <details className="preview-warnings">
              <summary>
                {warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}: worth fixing, but the
                kiosk works
              </summary>
              <Problems problems={warnings} />
            </details>
          )}
        </>
      )}

      <footer>
        The screens on the right work as on the kiosk: tap through them too. Signups sent from the preview are
        tests, kept in a temporary folder that goes when the preview stops (unless it was started with
        --data-dir).
      </footer>
    </nav>
  );
}

function Problems({ problems }: { problems: LocatedProblem[] }) {
  return (
    <ul className="preview-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          <code>{problem.where}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}
