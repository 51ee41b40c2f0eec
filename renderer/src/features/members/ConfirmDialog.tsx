// A modal question. The native <dialog> traps focus and closes on Escape; the safe choice
// (cancel) has the focus, so Enter never destroys data by accident.
import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = { open: boolean; title: string; confirm: string; cancel: string; busy?: boolean; onConfirm(): void; onClose(): void; children: ReactNode };

export function ConfirmDialog({ open, title, confirm, cancel, busy, onConfirm, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="members-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <div className="form__actions">
        <button type="button" className="button members-danger" disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {cancel}
        </button>
      </div>
    </dialog>
  );
}
