import { useKiosk } from '../store';
import { useIdleReset } from '../use-idle-reset';
import { IdleWarning } from './IdleWarning';

/**
 * Watches for a visitor walking away, and warns before starting over. Its own component, so the
 * once-a-second clock redraws only this and not the screen the visitor is reading.
 */
export function IdleGuard() {
  const idle = useKiosk((state) => state.content?.content?.idle);
  const secondsLeft = useIdleReset(idle);
  return secondsLeft === null ? null : <IdleWarning secondsLeft={secondsLeft} />;
}
