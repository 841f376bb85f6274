import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { previewAddress, type PreviewChoice } from '../store/preview';

/** The two screens the kiosk is made for, at their full size. */
const SCREENS = [
  { name: 'Portrait', width: 1080, height: 1920 },
  { name: 'Landscape', width: 1920, height: 1080 },
] as const;
// Room around and between the frames, and for their captions, in CSS pixels.
const GAP = 32;
const CAPTION = 40;

/**
 * The kiosk page twice, side by side: each frame is the screen's full size, so the kiosk lays
 * itself out exactly as on that screen, and is drawn smaller (one scale for both) to fit.
 */
export function KioskFrames({ choice }: { choice: PreviewChoice }) {
  const stage = useRef<HTMLElement>(null);
  const scale = useFitScale(stage);
  const src = previewAddress(choice);
  return (
    <main className="preview-stage" ref={stage} aria-label="The kiosk">
      {SCREENS.map(({ name, width, height }) => (
        <figure key={name} className="preview-screen">
          <figcaption>
            {name} <span className="preview-size">{`${width} × ${height}`}</span>
          </figcaption>
          <div className="preview-glass" style={{ width: width * scale, height: height * scale }}>
            <iframe
              title={`The kiosk in ${name.toLowerCase()}`}
              src={src}
              width={width}
              height={height}
              style={{ transform: `scale(${scale})` }}
            />
          </div>
        </figure>
      ))}
    </main>
  );
}

/** The scale at which both screens fit the stage side by side, kept current as the window changes. */
function useFitScale(stage: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(0.3);
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const fit = () => {
      const width = element.clientWidth - GAP * (SCREENS.length + 1);
      const height = element.clientHeight - GAP * 2 - CAPTION;
      const across = SCREENS.reduce((sum, screen) => sum + screen.width, 0);
      const tallest = Math.max(...SCREENS.map((screen) => screen.height));
      setScale(Math.max(0.1, Math.min(width / across, height / tallest)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage]);
  return scale;
}
