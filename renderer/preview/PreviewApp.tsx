import { useState } from 'react';
import type { PreviewChoice } from '../store/preview';
import { KioskFrames } from './KioskFrames';
import { ScreenPicker } from './ScreenPicker';
import { usePreviewContent } from './use-preview-content';

/**
 * The organizer's preview: on the left, every language and screen of the content; on the right,
 * the kiosk itself showing the one picked, in portrait and landscape at once.
 */
export function PreviewApp() {
  const { state, error } = usePreviewContent();
  const [choice, setChoice] = useState<PreviewChoice>({ lang: null, screen: 'attract', slide: 1 });
  const lang = choice.lang ?? state?.content?.defaultLanguage ?? null;
  return (
    <div className="preview">
      <ScreenPicker state={state} error={error} choice={{ ...choice, lang }} onChoose={setChoice} />
      {/* The frames wait for the first answer: by then this tab holds the token they need too. */}
      {state ? (
        <KioskFrames choice={{ ...choice, lang }} />
      ) : (
        <main className="preview-stage preview-waiting">{error ? null : <p>Starting the preview…</p>}</main>
      )}
    </div>
  );
}
