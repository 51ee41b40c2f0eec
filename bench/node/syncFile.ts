// The sync file as the sync area writes it (renderer/src/domain/sync/file.ts): the state in its
// columnar, deflated body inside the envelope, AES-GCM encrypted under the file's data key. The
// key is derived from the passphrase once (PBKDF2, 600,000 iterations) and kept for the session,
// as the sync area does, so it is made before the timing starts.
import { readSyncFile, writeSyncFile } from '../../renderer/src/domain/sync/file';
import { createFileKey, type FileKey } from '../../renderer/src/domain/sync/envelope';
import { mergeDevices, type Devices, type SyncBody } from '../../renderer/src/domain/sync/codec';
import { toSyncRecord, type StoredRecord } from '../../renderer/src/domain/sync/records';
import type { SyncRecord, SyncState } from '../../renderer/src/domain/sync/merge';
import type { Dataset } from '../generate';

export const PASSPHRASE = 'korrekt häst batteri häftklammer';

export type Session = { key: FileKey };

export async function openSession(): Promise<Session> {
  return { key: await createFileKey(PASSPHRASE) };
}

export function devices(id: string, name: string, at = '2026-02-01T09:00:00.000Z'): Devices {
  return { [id]: { name, at } };
}

export function encodeFile(s: Session, body: SyncBody, base: string | null = null): Promise<Uint8Array> {
  return writeSyncFile(body, { key: s.key, base, writtenAt: new Date().toISOString() });
}

export async function decodeFile(s: Session, bytes: Uint8Array): Promise<SyncBody> {
  const opened = await readSyncFile(bytes, { passphrase: PASSPHRASE, cached: s.key });
  return { state: opened.state, devices: opened.devices };
}

export { mergeDevices };

/** Every stored record of every synced table in its sync form, as a first sync builds it. */
export function stateOf(data: Dataset, overrides?: ReadonlyMap<string, StoredRecord>): SyncState {
  const records: Record<string, SyncRecord> = {};
  for (const [table, rows] of Object.entries(data.tables)) {
    for (const row of rows as unknown as StoredRecord[]) {
      const key = `${table}/${row.id}`;
      records[key] = toSyncRecord(table, overrides?.get(key) ?? row);
    }
  }
  return { records };
}
