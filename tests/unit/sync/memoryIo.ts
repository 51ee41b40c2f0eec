// The shared folder in memory, with the same promises as the Node side (electron/services/sync):
// a write only replaces the file if it is still the version the writer merged from; conflict
// copies sit beside the file until a write archives them; one lock holder at a time.
import { sha256Hex } from '../../../renderer/src/domain/sync/envelope';
import type { SyncIo } from '../../../renderer/src/db/sync/engine';
import { joinParts, type Part } from '../../../renderer/src/domain/sync/segfile';

export class MemoryFolder implements SyncIo {
  main: Uint8Array | null = null;
  copies = new Map<string, Uint8Array>();
  archived: string[] = [];
  writes = 0;
  /** Bytes handed to the engine, to show that a sync reads only what it needs. */
  bytesRead = 0;
  lockedBy: { token: string; name: string } | null = null;
  /** Runs just before a write is checked (to let "another officer" save in between). */
  beforeWrite?: () => Promise<void> | void;

  async read(_path: string, opts?: { head?: number }) {
    const describe = async (bytes: Uint8Array) => ({ bytes, hash: await sha256Hex(bytes), size: bytes.length, modifiedAt: '2026-03-01T10:00:00.000Z' });
    let main = this.main ? await describe(this.main) : null;
    if (main && opts?.head !== undefined && opts.head < main.size) main = { ...main, bytes: main.bytes.slice(0, opts.head) };
    this.bytesRead += main?.bytes.length ?? 0;
    return {
      main,
      copies: await Promise.all([...this.copies].sort().map(async ([name, bytes]) => ({ name, ...(await describe(bytes)) }))),
    };
  }

  async readRanges(_path: string, hash: string, ranges: [number, number][]) {
    const current = this.main ? await sha256Hex(this.main) : null;
    if (!this.main || current !== hash) return { status: 'changed' as const, hash: current };
    const parts = ranges.map(([o, n]) => this.main!.slice(o, o + n));
    for (const p of parts) this.bytesRead += p.length;
    return { status: 'ok' as const, parts };
  }

  async write(req: { bytes?: Uint8Array; parts?: Part[]; expectedBaseHash: string | null; archive?: string[] }) {
    const hook = this.beforeWrite;
    this.beforeWrite = undefined;
    await hook?.();
    const current = this.main ? await sha256Hex(this.main) : null;
    if (current !== req.expectedBaseHash) return { status: 'changed' as const, hash: current };
    this.main = req.bytes ?? joinParts(req.parts ?? [], this.main);
    this.writes += 1;
    for (const name of req.archive ?? []) if (this.copies.delete(name)) this.archived.push(name);
    return { status: 'written' as const, hash: await sha256Hex(this.main), generations: 0 };
  }

  async lock(_path: string, owner: { deviceId: string; name: string }) {
    if (this.lockedBy) return { ok: false as const, heldBy: { name: this.lockedBy.name, host: 'bo-laptop', since: '2026-03-01T10:00:00.000Z' } };
    const token = crypto.randomUUID().replace(/-/g, '');
    this.lockedBy = { token, name: owner.name };
    return { ok: true as const, token, tookOverStale: false };
  }

  async unlock(token: string) {
    if (this.lockedBy?.token !== token) return false;
    this.lockedBy = null;
    return true;
  }
}
