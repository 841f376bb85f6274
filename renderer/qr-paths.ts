import { create } from 'qrcode';

/** A QR code as one SVG path, with the size of its square including the quiet zone. */
export interface QrPath {
  d: string;
  size: number;
}

// Built once per address: the attract loop shows the same code every time its slide comes round.
const cache = new Map<string, QrPath>();

/** The QR code of `url` if it was drawn already, else null: costs nothing either way. */
export function drawnQrPath(url: string): QrPath | null {
  return cache.get(url) ?? null;
}

/** The QR code of `url`, drawn offline; the same object each time for the same address. */
export function qrPath(url: string): QrPath {
  let path = cache.get(url);
  if (!path) {
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    const cells: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) cells.push(`M${col + 4} ${row + 4}h1v1h-1z`);
      }
    }
    path = { d: cells.join(''), size: modules.size + 8 };
    cache.set(url, path);
  }
  return path;
}
