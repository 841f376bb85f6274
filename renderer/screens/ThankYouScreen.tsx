import { QrCard } from '../components/QrCode';
import { selectLocalized, useKiosk } from '../store';
import { useFocusOnShow } from '../use-focus-on-show';

/**
 * Thanks a visitor once main has saved their signup. The kiosk goes back to the attract loop by
 * itself a few seconds later (session.THANKS_MS), or at a tap on Home.
 */
export function ThankYouScreen() {
  const localized = useKiosk(selectLocalized);
  const campaign = useKiosk((state) => state.content?.content?.campaign.name);
  const logo = useKiosk((state) => state.content?.content?.theme.logo);
  const home = useKiosk((state) => state.home);
  const focusHeading = useFocusOnShow<HTMLHeadingElement>();
  if (!localized) return null;
  const qr = localized.slides.find((slide) => slide.qr)?.qr;
  return (
    <main className="screen thanks">
      <div className="thanks-body">
        <svg className="thanks-mark" viewBox="0 0 48 48" aria-hidden="true">
          <circle cx="24" cy="24" r="22" />
          <path d="M13 25l7 7 15-16" />
        </svg>
        <h1 tabIndex={-1} ref={focusHeading}>
          {localized.signup?.thankYou ?? campaign}
        </h1>
        <p className="thanks-campaign">
          {logo && <img className="logo" src={logo} alt="" />}
          <span>{campaign}</span>
        </p>
        {qr && <QrCard url={qr.url} caption={qr.caption} className="thanks-qr" />}
      </div>
      <button type="button" className="start-button thanks-home" onClick={home}>
        {localized.words.home}
      </button>
    </main>
  );
}
