import { useEffect, useState } from 'react';
import { speak, stopSpeaking, useVoice } from '../speech';
import { selectLocalized, useKiosk } from '../store';

/**
 * "Listen": reads the answer on screen aloud in the visitor's language. Shown only where the
 * platform has a voice for that language; reading stops when the visitor moves on (its answer is
 * hidden, or gone).
 */
export function ListenButton({ text, lang, shown }: { text: string; lang: string; shown: boolean }) {
  const words = useKiosk((state) => selectLocalized(state)?.words);
  const voice = useVoice(lang);
  const [reading, setReading] = useState(false);
  useEffect(() => {
    if (!shown) return;
    return () => {
      stopSpeaking();
      setReading(false);
    };
  }, [shown]);
  if (!voice || !words) return null;
  return (
    <button
      type="button"
      className="listen-button"
      onClick={() => {
        if (reading) {
          stopSpeaking();
          setReading(false);
          return;
        }
        setReading(true);
        speak(text, voice, () => setReading(false));
      }}
    >
      <svg className="listen-icon" viewBox="0 0 24 24" aria-hidden="true">
        {reading ? (
          <rect x="6" y="6" width="12" height="12" rx="1.5" />
        ) : (
          <>
            <path d="M4 9h4l5-4v14l-5-4H4z" />
            <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" strokeWidth="2" />
          </>
        )}
      </svg>{' '}
      {reading ? words.stopListening : words.listen}
    </button>
  );
}
