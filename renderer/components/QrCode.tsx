import { memo, useEffect, useReducer } from 'react';
import { afterPaint } from '../after-paint';
import { drawnQrPath, qrPath, type QrPath } from '../qr-paths';

/**
 * The code of `url`, drawn now, or with `later` once the page is painted (null until then).
 * Drawing one costs a cheap laptop some 50 ms; the attract loop's slides are all built when the
 * kiosk starts, and a code on a later slide must not hold back the first one's paint.
 */
function useQrPath(url: string, later: boolean): QrPath | null {
  const path = later ? drawnQrPath(url) : qrPath(url);
  const [, drawn] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (path) return;
    let wanted = true;
    afterPaint(() => {
      if (!wanted) return;
      qrPath(url);
      drawn();
    });
    return () => {
      wanted = false;
    };
  }, [url, path]);
  return path;
}

/**
 * A QR code card: the code, drawn as SVG so it stays sharp at any size and needs no network, and
 * its caption at reading size. `detail` (the address, say) goes under the caption. With `later`,
 * the code is drawn once the page is painted, in a white square of its size meanwhile.
 */
export const QrCard = memo(function QrCard({
  url,
  caption,
  detail,
  className = '',
  later = false,
}: {
  url: string;
  caption: string;
  detail?: string;
  className?: string;
  later?: boolean;
}) {
  const path = useQrPath(url, later);
  return (
    <figure className={`qr-card ${className}`}>
      <svg
        viewBox={path ? `0 0 ${path.size} ${path.size}` : undefined}
        role="img"
        aria-label={`${caption} (QR code: ${url})`}
        shapeRendering="crispEdges"
      >
        <rect width="100%" height="100%" fill="#fff" />
        {path && <path d={path.d} fill="#000" />}
      </svg>
      <figcaption>
        <span className="qr-caption">{caption}</span>
        {detail && <span className="qr-detail">{detail}</span>}
      </figcaption>
    </figure>
  );
});
