import { useMemo, useState } from 'react';
import { JoinButton } from '../components/JoinButton';
import { LanguageToggle } from '../components/LanguageToggle';
import { SlideView } from '../components/SlideView';
import { selectLocalized, useKiosk } from '../store';
import { pinnedSlide } from '../store/preview';
import { nextSlideAt, slideIndex } from '../store/session';
import { useTimeline } from '../use-timeline';

/**
 * The loop that runs while nobody touches the kiosk, read from across the aisle. A tap anywhere
 * starts, and does only that; "Join the campaign" opens the form and a language button only
 * changes the language.
 *
 * It stays built while a visitor browses, hidden (out of reach of taps, Tab and screen readers)
 * and not turning: building its slides again was the slowest part of a tap on Home on a cheap
 * laptop. Nothing of the visitor is in it but their language, which a reset puts back.
 */
export function AttractScreen({ shown }: { shown: boolean }) {
  const localized = useKiosk(selectLocalized);
  const campaign = useKiosk((state) => state.content?.content?.campaign.name);
  const logo = useKiosk((state) => state.content?.content?.theme.logo);
  const loopSince = useKiosk((state) => state.session.attractSince);
  // The first slide gets its whole time on screen, however long the content took to arrive.
  const [shownSince] = useState(() => Date.now());
  const since = Math.max(loopSince, shownSince);
  const start = useKiosk((state) => state.start);
  // The organizer's preview shows one slide, which stays.
  const pin = useKiosk((state) => state.preview);
  const slideMs = useMemo(() => localized?.slides.map((slide) => slide.seconds * 1000) ?? [], [localized]);
  // Redrawn when the slide turns, and at no other time.
  const now = useTimeline((at) => (pin || !shown ? null : nextSlideAt(since, at, slideMs)));
  const index = pin ? pinnedSlide(pin, slideMs.length) : slideIndex(since, now, slideMs);
  if (!localized) return null;
  const count = slideMs.length;
  return (
    <main className="screen attract" hidden={!shown} aria-hidden={!shown} onClick={start}>
      <header className="attract-header">
        {logo && <img className="attract-logo" src={logo} alt="" draggable={false} />}
        <div className="attract-brand">
          <p className="campaign-name">{campaign}</p>
          <p className="tagline">{localized.tagline}</p>
        </div>
        <LanguageToggle />
      </header>
      <div className="slides">
        {localized.slides.map((slide, number) => (
          <SlideView key={number} slide={slide} active={number === index} />
        ))}
      </div>
      <footer className="attract-footer">
        {count > 1 && (
          <ol className="progress" aria-hidden="true">
            {localized.slides.map((_slide, number) => (
              <li key={number} className={number === index ? 'active' : undefined} />
            ))}
          </ol>
        )}
        <div className="attract-actions">
          <button type="button" className="start-button">
            {localized.words.tapToStart}
          </button>
          <JoinButton />
        </div>
      </footer>
    </main>
  );
}
