import { useCallback, useEffect, useState } from 'react';
import { callMain } from '../api';
import { useKiosk } from '../store';
import { failureText } from './staff-calls';

const MIN_DIGITS = 6;
const MAX_DIGITS = 12;

type Step = 'loading' | 'enter' | 'choose' | 'confirm';

const TITLES: Record<Step, string> = {
  loading: 'Staff mode',
  enter: 'Enter the staff PIN',
  choose: 'Choose a staff PIN',
  confirm: 'Enter the same PIN again',
};

const minutesAndSeconds = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * The PIN pad: large digits, the PIN shown as dots. The first time (no PIN set yet) staff choose
 * one of at least six digits and enter it twice. After five wrong PINs main locks the pad, and it
 * says how long for. Main decides everything; the pad only shows what main answers.
 */
export function PinPad() {
  const notice = useKiosk((state) => state.staff.notice);
  const showStaff = useKiosk((state) => state.showStaff);
  const closeStaff = useKiosk((state) => state.closeStaff);
  const [step, setStep] = useState<Step>('loading');
  const [digits, setDigits] = useState('');
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<string | null>(notice);
  const [lockedUntil, setLockedUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const lockFor = (seconds: number) => {
    const at = Date.now();
    setNow(at);
    setLockedUntil(seconds > 0 ? at + seconds * 1000 : 0);
  };
  const [busy, setBusy] = useState(false);
  const lockedSeconds = Math.max(0, Math.ceil((lockedUntil - now) / 1000));

  useEffect(() => {
    let live = true;
    // Opening the pad always starts locked: a session left open in main is closed first.
    callMain('lockStaff', {})
      .then(() => callMain('staffState', {}))
      .then((state) => {
        if (!live) return;
        if (state.problem) setMessage(state.problem);
        lockFor(state.lockedSeconds);
        setStep(state.pinSet ? 'enter' : 'choose');
      })
      .catch((error: unknown) => live && setMessage(failureText(error)));
    return () => {
      live = false;
    };
  }, []);
  // The countdown ticks only while the pad is locked.
  const locked = lockedUntil > now;
  useEffect(() => {
    if (!locked) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      // "Try again in a minute" is stale once the minute is over.
      if (at >= lockedUntil) setMessage(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [locked, lockedUntil]);

  const submit = useCallback(async () => {
    if (busy) return;
    if (digits.length < MIN_DIGITS) {
      setMessage(`A PIN has at least ${MIN_DIGITS} digits.`);
      setDigits('');
      return;
    }
    if (step === 'choose') {
      setChosen(digits);
      setDigits('');
      setMessage(null);
      setStep('confirm');
      return;
    }
    setBusy(true);
    try {
      if (step === 'confirm') {
        const result = await callMain('setStaffPin', { pin: chosen, confirm: digits });
        if (result.ok) return showStaff('checklist');
        setMessage(result.message);
        setStep('choose');
      } else {
        const result = await callMain('unlockStaff', { pin: digits });
        if (result.unlocked) return showStaff('checklist');
        setMessage(result.message);
        lockFor(result.lockedSeconds);
      }
    } catch (error) {
      setMessage(failureText(error));
    } finally {
      setBusy(false);
      setDigits('');
    }
  }, [busy, chosen, digits, showStaff, step]);

  const press = useCallback(
    (key: string) => {
      if (key === 'delete') setDigits((current) => current.slice(0, -1));
      else if (key === 'ok')
        void submit(); // submit() shows its own failures
      else setDigits((current) => (current.length < MAX_DIGITS ? current + key : current));
    },
    [submit],
  );
  // A keyboard works too: digits, Backspace, Enter, and Escape to leave.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key)) press(event.key);
      else if (event.key === 'Backspace') press('delete');
      else if (event.key === 'Enter') press('ok');
      else if (event.key === 'Escape') closeStaff();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [press, closeStaff]);

  const disabled = step === 'loading' || locked || busy;
  return (
    <section className="pin-pad" aria-labelledby="pin-title">
      <h1 id="pin-title">{TITLES[step]}</h1>
      {step === 'choose' && (
        <p className="pin-hint">
          At least {MIN_DIGITS} digits. Share it only with the people running the table.
        </p>
      )}
      <p className="pin-dots" aria-label={`${digits.length} digits entered`}>
        {Array.from({ length: Math.max(MIN_DIGITS, digits.length) }, (_, i) => (
          <span key={i} className={i < digits.length ? 'filled' : ''} />
        ))}
      </p>
      <p className="pin-message" role="alert">
        {locked
          ? `Too many wrong PINs. The pad takes a PIN again in ${minutesAndSeconds(lockedSeconds)}.`
          : message}
      </p>
      <div className="pin-keys">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9', 'delete', '0', 'ok'].map((key) => (
          <button
            key={key}
            type="button"
            className={`pin-key pin-key-${key}`}
            disabled={disabled || (key === 'ok' && digits.length === 0)}
            onClick={() => press(key)}
          >
            {key === 'delete' ? 'Delete' : key === 'ok' ? 'OK' : key}
          </button>
        ))}
      </div>
      <button type="button" className="staff-button pin-cancel" onClick={closeStaff}>
        Cancel: back to the kiosk
      </button>
    </section>
  );
}
