import { memo } from 'react';
import { qrPath } from '../qr-paths';

/**
 * A QR code card: the code, drawn as SVG so it stays sharp at any size and needs no network, and
 * its caption at reading size. `detail` (the address, say) goes under the caption.
 */
export const QrCard = memo(function QrCard({
  url,
  caption,
  detail,
  className = '',
}: {
  url: string;
  caption: string;
  detail?: string;
  className?: string;
}) {
  const { d, size } = qrPath(url);
  return (
    <figure className={`qr-card ${className}`}>
      <svg
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={`${caption} (QR code: ${url})`}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <figcaption>
        <span className="qr-caption">{caption}</span>
        {detail && <span className="qr-detail">{detail}</span>}
      </figcaption>
    </figure>
  );
});
