// Saving as you type. Every change goes at once into a journal in localStorage (synchronous, so
// it survives a crash, a reload or a closed window even when IndexedDB had no time to commit),
// and after a pause into the database through the repository. A journal entry is removed once
// the database has the same value; one still there when the editor opens is a change that never
// reached the database, and is restored and saved.
import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'kansli.meetings.draft:';
const DELAY_MS = 600;

/** 'idle': nothing typed yet in this editor, so nothing to report. */
export type SaveState = 'idle' | 'saved' | 'pending' | 'saving' | 'failed';

function readJournal<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as { value: T }).value : undefined;
  } catch {
    return undefined;
  }
}

function writeJournal(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ value }));
  } catch {
    // Storage full or disabled: the debounced database save still runs.
  }
}

function clearJournal(key: string, value: unknown): void {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw && JSON.stringify((JSON.parse(raw) as { value: unknown }).value) === JSON.stringify(value)) localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}

/** Drops a journal entry that can no longer be saved (the record was locked or removed). */
export function discardJournal(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to drop
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// Every open editor's flush, so finalising can first save what was typed a moment ago.
const openDrafts = new Set<() => Promise<void>>();

export async function flushAllDrafts(): Promise<void> {
  await Promise.all([...openDrafts].map((f) => f()));
}

/**
 * A draft of `stored` that the user edits. `save` writes it to the database; it may throw, and
 * its message is shown. While the user has unsaved edits, a newer `stored` (sync, another window)
 * does not overwrite them.
 */
export function useAutosave<T>(key: string, stored: T, save: (value: T) => Promise<void>, readOnly = false) {
  const [value, setValue] = useState<T>(() => (readOnly ? stored : (readJournal<T>(key) ?? stored)));
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState('');
  const latest = useRef(value);
  const dirty = useRef(!readOnly && readJournal<T>(key) !== undefined && !same(readJournal<T>(key), stored));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  // Saves run one after another (never out of order), and a flush waits for the one in flight.
  const inflight = useRef<Promise<void>>(Promise.resolve());
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return inflight.current;
    dirty.current = false;
    const v = latest.current;
    setState('saving');
    inflight.current = inflight.current.then(async () => {
      try {
        await saveRef.current(v);
        clearJournal(key, v);
        setState(dirty.current ? 'pending' : 'saved');
        setError('');
      } catch (err) {
        discardJournal(key);
        setState('failed');
        setError(err instanceof Error ? err.message : String(err));
      }
    });
    return inflight.current;
  }, [key]);

  const change = useCallback(
    (next: T) => {
      latest.current = next;
      setValue(next);
      dirty.current = true;
      writeJournal(key, next);
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [key, flush],
  );

  // A restored journal entry is saved straight away.
  useEffect(() => {
    if (dirty.current) void flush();
  }, [flush]);

  // Someone else's change to the record shows, unless the user is in the middle of editing.
  const storedJson = JSON.stringify(stored);
  useEffect(() => {
    if (dirty.current || timer.current) return;
    const next = JSON.parse(storedJson) as T;
    if (!same(next, latest.current)) {
      latest.current = next;
      setValue(next);
    }
  }, [storedJson]);

  // Leaving the page, hiding the window, or closing the editor saves what is pending.
  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && void flush();
    openDrafts.add(flush);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      openDrafts.delete(flush);
      void flush();
    };
  }, [flush]);

  return { value, change, state, error, flush };
}
