import { useState, type CSSProperties } from 'react';
import { JoinButton } from '../components/JoinButton';
import { LanguageToggle } from '../components/LanguageToggle';
import { SlideView } from '../components/SlideView';
import { selectLocalized, useKiosk } from '../store';
import { nextSlideAt, slideIndex } from '../store/session';
import { useTimeline } from '../use-timeline';

/**
 * The loop that runs while nobody touches the kiosk, read from across the aisle. A tap anywhere
 * starts, and does only that; "Join the campaign" opens the form and a language button only
 * changes the language.
 */
export function AttractScreen() {
  const localized = useKiosk(selectLocalized);
  const campaign = useKiosk((state) => state.content?.content?.campaign.name);
  const logo = useKiosk((state) => state.content?.content?.theme.logo);
  const slideMs = useKiosk((state) => (state.content?.content?.idle.slideSeconds ?? 8) * 1000);
  const loopSince = useKiosk((state) => state.session.attractSince);
  // The first slide gets its whole time on screen, however long the content took to arrive.
  const [shownSince] = useState(() => Date.now());
  const since = Math.max(loopSince, shownSince);
  const start = useKiosk((state) => state.start);
  const count = localized?.slides.length ?? 0;
  // Redrawn when the slide turns, and at no other time.
  const now = useTimeline((at) => (count > 1 ? nextSlideAt(since, at, slideMs) : null));
  const index = slideIndex(since, now, slideMs, count);
  if (!localized) return null;
  return (
    <main className="screen attract" onClick={start}>
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
          <ol
            className="progress"
            aria-hidden="true"
            style={{ '--slide-ms': `${slideMs}ms` } as CSSProperties}
          >
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
