import { create } from 'qrcode';
import { useMemo } from 'react';

/** A QR code of a web address, drawn as SVG so it stays sharp at any size and needs no network. */
export function QrCode({ url, caption }: { url: string; caption: string }) {
  const path = useMemo(() => {
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    const cells: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) cells.push(`M${col + 4} ${row + 4}h1v1h-1z`);
      }
    }
    return { d: cells.join(''), size: modules.size + 8 };
  }, [url]);
  return (
    // Spans, not a figure: a QR code can stand inside a paragraph of an answer.
    <span className="qr">
      <svg
        viewBox={`0 0 ${path.size} ${path.size}`}
        role="img"
        aria-label={caption}
        shapeRendering="crispEdges"
      >
        <rect width={path.size} height={path.size} fill="#fff" />
        <path d={path.d} fill="#000" />
      </svg>
      <span className="qr-caption">{caption}</span>
    </span>
  );
}
