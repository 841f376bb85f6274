import type { CSSProperties } from 'react';
import type { Picture as PictureData } from '../../main/api';

/**
 * A picture from the content in its own proportions: its pixel size reserves its space before it
 * loads, `fit` says whether it shows whole (contain) or fills its space trimmed (cover), and its
 * description is what visitors who cannot see it hear.
 */
export function Picture({ picture, className }: { picture: PictureData; className: string }) {
  const { src, description, fit, width, height } = picture;
  const ratio = width && height ? width / height : undefined;
  return (
    <img
      className={`${className} fit-${fit}`}
      src={src}
      alt={description}
      width={width}
      height={height}
      draggable={false}
      style={ratio ? ({ '--ratio': ratio } as CSSProperties) : undefined}
    />
  );
}
