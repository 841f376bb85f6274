import { memo } from 'react';
import type { Slide } from '../../main/api';
import { useFitText } from '../use-fit-text';
import { Picture } from './Picture';
import { QrCard } from './QrCode';

/**
 * One attract slide. Every slide stays mounted and only the one on show is visible, so the loop
 * changes a class, not the page: nothing (a QR code least of all) is built again each time round.
 * A QR code on a slide not on show is drawn once the first one is painted.
 */
export const SlideView = memo(function SlideView({ slide, active }: { slide: Slide; active: boolean }) {
  const fitText = useFitText<HTMLDivElement>();
  const media = slide.image || slide.qr;
  const layout = [
    'slide',
    media ? 'slide-with-media' : 'slide-text-only',
    slide.image ? 'has-picture' : '',
    slide.qr ? 'has-qr' : '',
    active ? 'active' : '',
  ].join(' ');
  return (
    <section className={layout} aria-hidden={!active} inert={!active}>
      <div className="slide-words" ref={fitText}>
        {slide.figure && <p className="slide-figure">{slide.figure}</p>}
        <h1 className="slide-title">{slide.title}</h1>
        <p className="slide-text">{slide.text}</p>
      </div>
      {media && (
        <div className="slide-media">
          {slide.image && (
            <div className="slide-picture">
              <Picture picture={slide.image} className="slide-image" />
            </div>
          )}
          {slide.qr && (
            <QrCard url={slide.qr.url} caption={slide.qr.caption} className="slide-qr" later={!active} />
          )}
        </div>
      )}
    </section>
  );
});
