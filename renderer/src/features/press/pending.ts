// The last keystrokes before a window closes: IndexedDB writes started in `pagehide` may never
// finish, but localStorage writes synchronously. What is pending is parked here and written to
// the database the next time the press area opens, then cleared.
import type { PressReleaseData } from '../../domain/press/types';
import type { PressReleaseRepository } from '../../db/press/pressRepository';

const PREFIX = 'kansli.press.pending.';

export function parkPending(id: string, patch: Partial<PressReleaseData>): void {
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify(patch));
  } catch {
    // Over quota (a release with many new pictures): the debounced save is all we have.
  }
}

export function clearPending(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // storage unavailable: nothing was parked either
  }
}

/** Writes every parked change to its release; a published one (edited elsewhere) is skipped. */
export async function recoverPending(repo: PressReleaseRepository): Promise<number> {
  let recovered = 0;
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
  } catch {
    return 0;
  }
  for (const key of keys) {
    const id = key.slice(PREFIX.length);
    try {
      const patch = JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<PressReleaseData>;
      const current = await repo.get(id);
      if (current && current.status !== 'published') {
        await repo.saveDraft(id, patch);
        recovered++;
      }
    } catch {
      // a damaged entry or a release that cannot take it: drop it rather than retry forever
    }
    localStorage.removeItem(key);
  }
  return recovered;
}
