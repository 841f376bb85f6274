import { useEffect, useState } from 'react';
import { afterPaint } from './after-paint';

/**
 * How many of `total` things to build: none until the frame on screen is painted, then one more
 * after each frame, until all are. What is built this way never delays a frame a visitor waits for.
 */
export function useOneMoreEachFrame(total: number): number {
  const [built, setBuilt] = useState(0);
  useEffect(() => {
    if (built >= total) return;
    let stopped = false;
    afterPaint(() => {
      if (!stopped) setBuilt((count) => count + 1);
    });
    return () => {
      stopped = true;
    };
  }, [built, total]);
  return built;
}
