// Which segment of the shared file a record lives in. A table's records are spread over a power of
// two of buckets by a hash of their id, so an edit touches one small segment (a few hundred
// records) and the rest of the file is reused as it is, byte for byte. The bucket count of a table
// is written in each segment's id, so every reader places records where the writer did, and a
// writer only changes it when it rewrites the whole table.
import type { SyncRecord, SyncState } from './types';

/**
 * At most about this many records per segment. Ten edited members touch about ten segments, each
 * decoded and encoded again: at 1,000 that was 4,400 members per sync, at 250 it is 1,500, for a
 * file 10 % larger (deflate has less to work with) and a 150 kB header at ten thousand members.
 */
export const SEGMENT_TARGET = 250;
const MAX_BUCKETS = 4096;
/** The segment that holds the device list (who wrote, and when). */
export const DEVICES_SEGMENT = '@devices';

/** FNV-1a (32 bits) over the id's UTF-16 code units: stable everywhere, cheap, spreads UUIDs evenly. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function bucketsFor(records: number): number {
  let n = 1;
  while (n * SEGMENT_TARGET < records && n < MAX_BUCKETS) n *= 2;
  return n;
}

export function bucketOf(id: string, buckets: number): number {
  return idHash(id) & (buckets - 1);
}

/** `members#3/16`: table, bucket, bucket count. */
export function segmentId(table: string, bucket: number, buckets: number): string {
  return `${table}#${bucket}/${buckets}`;
}

export type SegmentName = { table: string; bucket: number; buckets: number };

const ID_RE = /^(.+)#(\d{1,4})\/(\d{1,4})$/;

export function parseSegmentId(id: string): SegmentName | null {
  const m = ID_RE.exec(id);
  if (!m) return null;
  const bucket = Number(m[2]);
  const buckets = Number(m[3]);
  if (buckets < 1 || buckets > MAX_BUCKETS || (buckets & (buckets - 1)) !== 0 || bucket >= buckets) return null;
  return { table: m[1]!, bucket, buckets };
}

/** Per table, the bucket count of a file's layout (from its segment ids). */
export function layoutOf(ids: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) {
    const s = parseSegmentId(id);
    if (s) out.set(s.table, s.buckets);
  }
  return out;
}

/** The segment a record belongs to under `layout`; a table not in it gets a count for `sizeHint` records. */
export function segmentOf(table: string, id: string, layout: Map<string, number>, sizeHint = 1): string {
  let n = layout.get(table);
  if (n === undefined) {
    n = bucketsFor(sizeHint);
    layout.set(table, n);
  }
  return segmentId(table, bucketOf(id, n), n);
}

/** A state's records grouped by segment, with a fresh layout sized to each table (a full write). */
export function splitState(state: SyncState, layout = new Map<string, number>()): Map<string, SyncRecord[]> {
  const perTable = new Map<string, number>();
  for (const r of Object.values(state.records)) perTable.set(r.table, (perTable.get(r.table) ?? 0) + 1);
  for (const [table, count] of perTable) if (!layout.has(table)) layout.set(table, bucketsFor(count));
  const out = new Map<string, SyncRecord[]>();
  for (const r of Object.values(state.records)) {
    const id = segmentOf(r.table, r.id, layout);
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(r);
  }
  return out;
}
