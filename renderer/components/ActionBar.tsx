import type { ReactNode } from 'react';
import { JoinButton } from './JoinButton';

/**
 * The bar at the foot of the questions and answers: the screen's own actions, then "Join the
 * campaign". Kept low, within reach of a visitor in a wheelchair and of a child.
 */
export function ActionBar({ children }: { children?: ReactNode }) {
  return (
    <footer className="action-bar">
      {children}
      <span className="spacer" />
      <JoinButton />
    </footer>
  );
}
