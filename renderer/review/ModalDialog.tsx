// A native <dialog> shown modally: focus trapping, Escape and the backdrop come from the platform.
import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  readonly title: string;
  readonly testId: string;
  readonly onClose: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

export function ModalDialog({ title, testId, onClose, className, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`review-dialog ${className ?? ''}`}
      aria-label={title}
      data-testid={testId}
      onClose={onClose}
    >
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}
