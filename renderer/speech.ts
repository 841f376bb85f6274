import { useSyncExternalStore } from 'react';

/** The parts of a voice the kiosk looks at, so tests can pass plain objects. */
export interface VoiceLike {
  lang: string;
  default?: boolean;
  localService?: boolean;
}

/**
 * The voice to read `lang` with: one whose language is `lang` or a variant of it ("en" reads with
 * "en-US"), preferring the platform's default and voices that work offline. Null when none.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const base = lang.toLowerCase().split('-')[0]!;
  const matching = voices.filter(
    (voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base,
  );
  const score = (voice: V) =>
    (voice.lang.toLowerCase() === lang.toLowerCase() ? 4 : 0) +
    (voice.localService ? 2 : 0) +
    (voice.default ? 1 : 0);
  return matching.sort((a, b) => score(b) - score(a))[0] ?? null;
}

const synthesis = (): SpeechSynthesis | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;

// The platform's voices, asked for once and again only when the platform says they changed: each
// answer shown needs them, and asking can cross into the browser's own process. Voices often
// arrive a moment after the page loads, whether or not an answer is on screen to hear of it.
const NONE: SpeechSynthesisVoice[] = [];
const listeners = new Set<() => void>();
let voices: SpeechSynthesisVoice[] | null = null;

function currentVoices(): SpeechSynthesisVoice[] {
  const speech = synthesis();
  if (!speech) return NONE;
  if (voices === null) {
    voices = speech.getVoices();
    speech.addEventListener('voiceschanged', () => {
      voices = speech.getVoices();
      for (const listener of listeners) listener();
    });
  }
  return voices;
}

function subscribe(changed: () => void): () => void {
  listeners.add(changed);
  return () => listeners.delete(changed);
}

/** The platform's voice for `lang`, or null where there is none (or no speech at all). */
export function useVoice(lang: string): SpeechSynthesisVoice | null {
  return pickVoice(useSyncExternalStore(subscribe, currentVoices), lang);
}

/** Reads `text` aloud with `voice`, stopping anything still being read; `onEnd` runs when it stops. */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const speech = synthesis();
  if (!speech) return;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  speech.speak(utterance);
}

/** Stops reading aloud (a screen that goes away calls it, so it costs nothing when all is quiet). */
export function stopSpeaking(): void {
  const speech = synthesis();
  if (speech?.speaking || speech?.pending) speech.cancel();
}
