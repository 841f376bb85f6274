import { slideIndex } from '../store/session';
import { selectLocalized, useKiosk } from '../store';
import { JoinButton } from '../components/JoinButton';
import { LanguageToggle } from '../components/LanguageToggle';
import { QrCode } from '../components/QrCode';
import { useClock } from '../use-clock';

/** The loop that runs while nobody touches the kiosk; a tap anywhere starts, but on "Join", which opens the form. */
export function AttractScreen() {
  const localized = useKiosk(selectLocalized);
  const campaign = useKiosk((state) => state.content?.content?.campaign.name);
  const logo = useKiosk((state) => state.content?.content?.theme.logo);
  const slideMs = useKiosk((state) => (state.content?.content?.idle.slideSeconds ?? 8) * 1000);
  const start = useKiosk((state) => state.start);
  const now = useClock(1000);
  const index = useKiosk((state) => slideIndex(state.session, now, slideMs, localized?.slides.length ?? 0));
  if (!localized) return null;
  const slide = localized.slides[index];
  return (
    <main className="screen attract" onClick={start}>
      <header className="attract-header">
        {logo && <img className="logo" src={logo} alt="" />}
        <div>
          <p className="campaign-name">{campaign}</p>
          <p className="tagline">{localized.tagline}</p>
        </div>
      </header>
      {slide && (
        <section className="slide" aria-live="polite" key={index}>
          <h1>{slide.title}</h1>
          <p>{slide.text}</p>
          {slide.image && <img className="slide-image" src={slide.image} alt="" />}
          {slide.qr && <QrCode url={slide.qr.url} caption={slide.qr.caption} />}
        </section>
      )}
      <footer className="attract-footer">
        <div className="attract-actions">
          <button type="button" className="start-button">
            {localized.words.tapToStart}
          </button>
          <JoinButton />
        </div>
        <LanguageToggle />
      </footer>
    </main>
  );
}
