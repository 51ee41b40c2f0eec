import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/** Re-renders when the data behind `query` changes, in this tab or another. */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; loading: boolean } {
  const [state, setState] = useState<{ value: T | undefined; loading: boolean }>({ value: undefined, loading: true });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, loading: false }),
      error: () => setState((s) => ({ ...s, loading: false })),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the query depends on
  }, deps);
  return state;
}
