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
import { devices, encodeFile, mergeDevices, openSession, PASSPHRASE, stateOf, type Session } from './syncFile';
import { openHead, openSegment } from '../../renderer/src/domain/sync/segfile';
import { DEVICES_SEGMENT, layoutOf, segmentOf } from '../../renderer/src/domain/sync/segments';
import type { SyncState } from '../../renderer/src/domain/sync/merge';
import { buildFile } from '../../renderer/src/db/sync/writer';
import type { FileView } from '../../renderer/src/db/sync/view';

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
 * A sync after ten local edits with nobody else's changes, as the engine does it on the segmented
 * file: read the file, verify its header, decode only the segments that hold the edited records,
 * merge those records, turn the changed ones into stored rows to apply, re-seal the touched
 * segments and write the file back (atomic, keeping a generation) reusing every other segment.
 */
async function incrementalSync(s: Session, edits: ReadonlyMap<string, StoredRecord>, path: string, base: string): Promise<{ hash: string; changed: number }> {
  const shared = await readShared(path);
  if (!shared.main || shared.main.hash !== base) throw new Error('the sync file changed under the benchmark');
  const bytes = shared.main.bytes;
  const head = await openHead(bytes, bytes.length, { passphrase: PASSPHRASE, cached: s.key });
  const layout = layoutOf(head.segments.keys());
  const local: SyncState = { records: {} };
  const wanted = new Set<string>([DEVICES_SEGMENT]);
  for (const [key, row] of edits) {
    const table = key.slice(0, key.indexOf('/'));
    local.records[key] = toSyncRecord(table, row);
    wanted.add(segmentOf(table, row.id, layout));
  }
  const fileRecords: SyncState = { records: {} };
  let fileDevices = {};
  for (const id of wanted) {
    const seg = head.segments.get(id)!;
    const body = await openSegment(head, seg, bytes.subarray(seg.offset, seg.offset + seg.length));
    Object.assign(fileRecords.records, body.state.records);
    fileDevices = mergeDevices(fileDevices, body.devices);
  }
  const fromFile: SyncState = { records: {} };
  for (const key of edits.keys()) if (fileRecords.records[key]) fromFile.records[key] = fileRecords.records[key];
  const merged = mergeStates(local, fromFile);
  const dirty: string[] = [];
  for (const [key, record] of Object.entries(merged.state.records)) {
    if (changedFields(fromFile.records[key], record).length > 0) dirty.push(key);
    if (changedFields(local.records[key], record).length > 0) fromSyncRecord(record);
  }
  const view: FileView = {
    base, version: head.header.version, head, state: fileRecords, devices: fileDevices, key: s.key, decoded: wanted, fresh: { records: {} }, full: false,
  };
  const at = '2026-03-01T10:00:00.000Z';
  const file = await buildFile(view, { records: { ...fileRecords.records, ...merged.state.records } }, dirty, mergeDevices(fileDevices, devices(BENCH_DEVICE, 'Bänk Kassör', at)), s.key, at);
  const written = await writeShared({ path, parts: file.parts, expectedBaseHash: base });
  if (written.status !== 'written') throw new Error('the incremental sync could not write');
  return { hash: written.hash, changed: dirty.length };
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
      const r = await incrementalSync(session, edits, path, base);
      base = r.hash;
      changed = r.changed;
    });
    if (changed !== 10) throw new Error(`the incremental sync changed ${changed} records, not 10`);
    results.set('sync.incrementalNode', inc, `Tio ändrade medlemmar: läs filen, verifiera huvudet, dekryptera och avkoda bara segmenten med de ändrade posterna, slå samman dem, koda om de segmenten och skriv tillbaka (med generation) med övriga segment oförändrade. Node; läsning ur och skrivning till IndexedDB ingår inte.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
