import { useIdleReset } from '../use-idle-reset';
import { IdleWarning } from './IdleWarning';

/**
 * Watches for a visitor walking away, and warns before starting over. Its own component, so the
 * countdown redraws only this and not the screen the visitor is reading.
 */
export function IdleGuard() {
  const secondsLeft = useIdleReset();
  return secondsLeft === null ? null : <IdleWarning secondsLeft={secondsLeft} />;
}
