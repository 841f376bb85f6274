import { useEffect, useRef, type FormEvent } from 'react';
import type { FieldErrors, SignupField } from '../../main/api';
import { ConsentBox } from '../components/ConsentBox';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { SignupChoiceField } from '../components/SignupChoiceField';
import { SignupTextField } from '../components/SignupTextField';
import { TopBar } from '../components/TopBar';
import { checkSignupForm, submitSignupForm } from '../signup-calls';
import { selectLocalized, useKiosk } from '../store';
import { visibleErrors, type FieldName } from '../store/signup-form';
import { useFocusOnShow } from '../use-focus-on-show';
import { useSignupKeyboard } from '../use-signup-keyboard';
import { QuestionsScreen } from './QuestionsScreen';

/** Moves focus to the first field main refused, in the form's order, so the visitor starts there. */
function focusFirstError(fields: SignupField[], errors: FieldErrors) {
  const first = fields.find((field) => errors[field.name]);
  const target = first
    ? document.querySelector<HTMLElement>(`[data-field="${first.name}"]`)
    : errors.form
      ? document.getElementById('signup-form-error')
      : null;
  target?.focus();
}

/** The signup form: the content's fields and consent boxes, checked by main as the visitor goes. */
export function SignupScreen() {
  const localized = useKiosk(selectLocalized);
  const form = useKiosk((state) => state.signup);
  const setValue = useKiosk((state) => state.setSignupValue);
  const choose = useKiosk((state) => state.chooseSignupOption);
  const setConsent = useKiosk((state) => state.setSignupConsent);
  const focusHeading = useFocusOnShow<HTMLHeadingElement>();
  const logo = useKiosk((state) => state.content?.content?.theme.logo);
  const submitRef = useRef<HTMLButtonElement>(null);
  const keyboard = useSignupKeyboard();
  const lang = localized?.lang;

  // A new language: ask main for the messages on screen again, in that language.
  useEffect(() => {
    const { left, tried } = useKiosk.getState().signup;
    if (left.length > 0 || tried) void checkSignupForm();
  }, [lang]);

  const signup = localized?.signup;
  // The content may stop taking signups while the form is up: show the questions instead.
  if (!signup) return <QuestionsScreen shown />;
  const { words } = localized;

  const errors = visibleErrors(form);
  const errorOf = (name: FieldName | 'form') => {
    const message = errors[name];
    return message ? { message, lang: form.errors.lang } : undefined;
  };
  const leave = (name: FieldName) => void checkSignupForm(name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submitSignupForm().then((result) => {
      if (result?.status === 'invalid') focusFirstError(signup.fields, result.errors);
      // The message above the button pushed it down: bring both into view, clear of the corners.
      if (result?.status === 'not-saved') submitRef.current?.scrollIntoView({ block: 'center' });
    });
  };
  const formError = errorOf('form');

  return (
    <div className={`screen visitor-screen${keyboard.typing ? ' typing' : ''}`}>
      <TopBar showBack />
      <main className="page signup">
        <header className="signup-header">
          <h1 tabIndex={-1} ref={focusHeading}>
            {signup.title}
          </h1>
          <p className="signup-intro">{signup.intro}</p>
          {logo && <img className="signup-logo" src={logo} alt="" />}
        </header>
        <form className="signup-form" noValidate autoComplete="off" onSubmit={submit}>
          <div className="signup-fields">
            {signup.fields.map((field) =>
              field.choices ? (
                <SignupChoiceField
                  key={field.name}
                  field={field}
                  required={words.required}
                  selected={form.choices[field.name]}
                  error={errorOf(field.name)}
                  onChoose={(index) => choose(field.name, index)}
                  onLeave={() => leave(field.name)}
                />
              ) : (
                <SignupTextField
                  key={field.name}
                  field={field}
                  required={words.required}
                  value={form.values[field.name] ?? ''}
                  error={errorOf(field.name)}
                  onChange={(value) => setValue(field.name, value)}
                  onFocus={() => keyboard.open(field.name)}
                  onLeave={() => {
                    leave(field.name);
                    keyboard.closeIfLeft();
                  }}
                />
              ),
            )}
          </div>
          <div className="consents">
            {signup.consent.map(({ channel, text }) => (
              <ConsentBox
                key={channel}
                channel={channel}
                text={text}
                given={form.consent[channel] === true}
                onChange={(given) => setConsent(channel, given)}
              />
            ))}
          </div>
          {formError && (
            <p id="signup-form-error" className="form-error" lang={formError.lang} tabIndex={-1}>
              {formError.message}
            </p>
          )}
          <div className="not-saved" role="status" lang={form.notSaved?.lang}>
            {form.notSaved?.value}
          </div>
          <button ref={submitRef} type="submit" className="submit-button" aria-disabled={form.sending}>
            {signup.submit}
          </button>
        </form>
      </main>
      {keyboard.typing && (
        <OnScreenKeyboard kind={keyboard.kind} shift={keyboard.shift} words={words} onKey={keyboard.press} />
      )}
    </div>
  );
}
