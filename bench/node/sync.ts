// sync.fullNode and sync.incrementalNode: the file part of a sync, in Node, over the sync area's
// own pieces: the records in their sync form (records.ts), mergeStates, the codec and envelope (file.ts,
// AES-GCM), and the shared-file service that writes atomically and keeps generations
// (electron/services/sync/shared.ts). Reading the records out of IndexedDB and applying the merge
// back are the renderer's part and are not in these figures; sync.full and sync.incremental (in
// Chromium, browser/sync.ts) have them. Beside those, these figures show what the file costs alone.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readShared, writeShared } from '../../electron/services/sync/shared';
import { mergeStates } from '../../renderer/src/domain/sync/merge';
import { writeField } from '../../renderer/src/domain/sync/local';
import { changedFields, fromSyncRecord, toSyncRecord, type StoredRecord } from '../../renderer/src/domain/sync/records';
import { HybridClock } from '../../renderer/src/domain/sync/hlc';
import { measure, stats, type RunPlan } from '../lib/measure';
import type { ResultSet } from '../lib/results';
import { recordCount, type Dataset } from '../generate';
import { BENCH_DEVICE } from './fakeDb';
import { decodeFile, devices, encodeFile, mergeDevices, openSession, stateOf, type Session } from './syncFile';

/** First sync: the whole local state to a new encrypted file. */
async function fullSync(s: Session, data: Dataset, path: string): Promise<{ hash: string; size: number }> {
  const state = stateOf(data);
  const bytes = await encodeFile(s, { state, devices: devices(BENCH_DEVICE, 'Bänk Kassör') });
  const written = await writeShared({ path, bytes, expectedBaseHash: null });
  if (written.status !== 'written') throw new Error('the first sync found a file already there');
  return { hash: written.hash, size: bytes.length };
}

/** An officer's ten edits since the last sync (round by round newer), as stored records with their clocks. */
function tenEdits(data: Dataset, round: number): Map<string, StoredRecord> {
  const clock = new HybridClock(BENCH_DEVICE, () => Date.parse('2026-03-01T10:00:00Z') + round * 60_000);
  const out = new Map<string, StoredRecord>();
  data.tables.members.slice(0, 10).forEach((m, i) => {
    const row: StoredRecord = { ...(m as unknown as StoredRecord), clocks: { ...m.clocks } };
    const entry = writeField(toSyncRecord('members', row).fields.phone, `070-${String(round).padStart(3, '0')} 00 ${String(i).padStart(2, '0')}`, clock.tick());
    row.phone = entry.value;
    row.clocks.phone = entry.clock;
    row.seen = { ...(row.seen ?? {}), phone: entry.seen! };
    out.set(`members/${m.id}`, row);
  });
  return out;
}

/**
 * A sync after ten local edits with nobody else's changes: read the file and its conflict copies,
 * decrypt and decode, build the local state, merge, write the merged file back (atomic, keeping a
 * generation) and turn the changed records into stored rows to apply locally.
 */
async function incrementalSync(s: Session, data: Dataset, edits: ReadonlyMap<string, StoredRecord>, path: string, base: string): Promise<{ hash: string; changed: number }> {
  const shared = await readShared(path);
  if (!shared.main || shared.main.hash !== base) throw new Error('the sync file changed under the benchmark');
  const remote = await decodeFile(s, shared.main.bytes);
  const local = stateOf(data, edits);
  const merged = mergeStates(local, remote.state);
  let changed = 0;
  for (const [key, record] of Object.entries(merged.state.records)) {
    if (changedFields(remote.state.records[key], record).length > 0) changed++;
    if (changedFields(local.records[key], record).length > 0) fromSyncRecord(record);
  }
  const bytes = await encodeFile(s, { state: merged.state, devices: mergeDevices(remote.devices, devices(BENCH_DEVICE, 'Bänk Kassör', '2026-03-01T10:00:00.000Z')) }, base);
  const written = await writeShared({ path, bytes, expectedBaseHash: base });
  if (written.status !== 'written') throw new Error('the incremental sync could not write');
  return { hash: written.hash, changed };
}

/** The shared folder of one run and the sync file's path in it. */
function folder(dir: string, name: string): string {
  mkdirSync(join(dir, name), { recursive: true });
  return join(dir, name, 'kansli.sync');
}

export async function measureSync(results: ResultSet, data: Dataset, plan: RunPlan, slowPlan: RunPlan): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kansli-bench-sync-'));
  try {
    const session = await openSession();
    let n = 0;
    let last = { hash: '', size: 0 };
    const full = await measure(slowPlan, () => folder(dir, `full-${++n}`), async (path) => {
      last = await fullSync(session, data, path);
    });
    const records = recordCount(data);
    results.set('sync.fullNode', full, `Alla ${records} poster till en ny krypterad synkfil: postformen, kodning, komprimering, AES-GCM, atomisk skrivning. Node; läsningen ur IndexedDB och nyckelhärledningen ingår inte.`);
    if (!results.has('sync.fileSize')) results.set('sync.fileSize', stats([last.size]), `Hela datamängden, ${records} poster, krypterad och komprimerad (Node).`);

    const path = folder(dir, 'incremental');
    let base = (await fullSync(session, data, path)).hash;
    let round = 0;
    let changed = 0;
    const inc = await measure(plan, () => tenEdits(data, ++round), async (edits) => {
      const r = await incrementalSync(session, data, edits, path, base);
      base = r.hash;
      changed = r.changed;
    });
    if (changed !== 10) throw new Error(`the incremental sync changed ${changed} records, not 10`);
    results.set('sync.incrementalNode', inc, `Tio ändrade medlemmar: läs filen, dekryptera, avkoda, bygg lokalt tillstånd, slå samman, skriv tillbaka (med generation). Node; läsning ur och skrivning till IndexedDB ingår inte.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
