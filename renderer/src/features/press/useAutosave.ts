// Autosave as you type: every change is written shortly after the typing pauses, at once when
// the window is hidden or closed (and parked in localStorage in case that write cannot finish),
// and when the editor closes. Only the fields that changed are written, so sync sees field edits.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PressReleaseData } from '../../domain/press/types';
import type { PressReleaseRepository } from '../../db/press/pressRepository';
import { clearPending, parkPending } from './pending';

export type SaveState = { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string };

const DELAY_MS = 400;

function changedFields(saved: PressReleaseData, now: PressReleaseData): Partial<PressReleaseData> {
  const patch: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(saved), ...Object.keys(now)]) as Set<keyof PressReleaseData>) {
    if (JSON.stringify(saved[key]) !== JSON.stringify(now[key])) patch[key] = now[key];
  }
  return patch as Partial<PressReleaseData>;
}

export function useAutosave(repo: PressReleaseRepository, id: string, initial: PressReleaseData) {
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef(initial);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    // Saves run one after another so an older write never lands after a newer one.
    chain.current = chain.current.then(async () => {
      const target = latest.current;
      const patch = changedFields(saved.current, target);
      if (Object.keys(patch).length === 0) {
        // An edit and its undo between two saves: nothing to write, and nothing unsaved either.
        if (latest.current === target) {
          clearPending(id);
          setState({ kind: 'saved' });
        }
        return;
      }
      setState({ kind: 'saving' });
      try {
        await repo.saveDraft(id, patch);
        saved.current = target;
        if (latest.current === target) {
          clearPending(id);
          setState({ kind: 'saved' });
        }
      } catch (err) {
        setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
      }
    });
    return chain.current;
  }, [repo, id]);

  const update = useCallback(
    (fn: (d: PressReleaseData) => PressReleaseData) => {
      const next = fn(latest.current);
      latest.current = next;
      setDraft(next);
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const park = () => {
      const patch = changedFields(saved.current, latest.current);
      if (Object.keys(patch).length === 0) return;
      parkPending(id, patch);
      void flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && park();
    window.addEventListener('pagehide', park);
    window.addEventListener('beforeunload', park);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', park);
      window.removeEventListener('beforeunload', park);
      document.removeEventListener('visibilitychange', onVisibility);
      park(); // leaving the editor inside the app
    };
  }, [id, flush]);

  return { draft, update, flush, state };
}
