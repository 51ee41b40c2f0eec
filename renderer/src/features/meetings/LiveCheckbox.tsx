import { useState } from 'react';

/** A checkbox that shows its new state at once, while the database write (and sync) follow. */
export function LiveCheckbox({ checked, label, onSave }: { checked: boolean; label: string; onSave(v: boolean): Promise<unknown> }) {
  const [local, setLocal] = useState(checked);
  const [seen, setSeen] = useState(checked);
  // A change from the database (this or another window) wins over the local state.
  if (seen !== checked) {
    setSeen(checked);
    setLocal(checked);
  }
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={local}
      onChange={(e) => {
        const v = e.target.checked;
        setLocal(v);
        void onSave(v).catch(() => setLocal(!v));
      }}
    />
  );
}
