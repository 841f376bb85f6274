/** Stands in for the platform's speech: the given voices, and a record of what was read aloud. */
export function fakeSpeech(voices: { name: string; lang: string }[]) {
  const spoken: string[] = [];
  (window as unknown as { spoken: string[] }).spoken = spoken;
  class Utterance extends EventTarget {
    voice: unknown = null;
    lang = '';
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {
      super();
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () =>
        voices.map((voice) => ({ ...voice, default: true, localService: true, voiceURI: voice.name })),
      speak: (utterance: Utterance) => spoken.push(utterance.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
  });
}
