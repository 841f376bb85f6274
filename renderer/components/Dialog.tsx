import type { ReactNode } from 'react';

/**
 * A modal panel over a dimmed screen, the one way the kiosk interrupts what is on screen.
 * `titleId` names the element that labels it; `alert` marks one that needs an answer.
 */
export function Dialog({
  titleId,
  className,
  alert = false,
  lang,
  onTap,
  children,
}: {
  titleId: string;
  className: string;
  alert?: boolean;
  lang?: string;
  /** A tap anywhere on the dialog or around it, for a question any touch answers. */
  onTap?: () => void;
  children: ReactNode;
}) {
  return (
    <div className="backdrop" onClick={onTap}>
      <div
        className={`dialog ${className}`}
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        lang={lang}
      >
        {children}
      </div>
    </div>
  );
}
