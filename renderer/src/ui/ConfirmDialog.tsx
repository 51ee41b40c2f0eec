// A modal question. The native <dialog> traps focus and closes on Escape. When the action
// destroys something (`danger`), the safe choice (cancel) has the focus, so Enter never deletes
// by accident; otherwise Enter confirms.
import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = { open: boolean; title: string; confirm: string; cancel: string; danger?: boolean; busy?: boolean; onConfirm(): void; onClose(): void; children: ReactNode };

export function ConfirmDialog({ open, title, confirm, cancel, danger, busy, onConfirm, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
        <div className="form__actions">
          <button type="submit" className={`button ${danger ? 'button--danger' : 'button--primary'}`} disabled={busy} autoFocus={!danger}>
            {confirm}
          </button>
          <button type="button" className="button" onClick={onClose} autoFocus={danger}>
            {cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
