// The new shared file after a merge, as parts: a segment that holds a record the file lacks is
// encoded and sealed again; every other segment is the old file's bytes, reused as they are (the
// Node side copies them from the file it replaces). A file of an older format (its segments are
// in another layout, so none is reused), a first write, or a table that outgrew its bucket count
// gets a fresh layout for what it rewrites.
import type { Devices } from '../../domain/sync/codec';
import type { FileKey } from '../../domain/sync/envelope';
import { composeFile, LATEST_VERSION, newFileId, sealSegment, type Part, type PlacedSegment, type SealedSegment } from '../../domain/sync/segfile';
import { bucketsFor, DEVICES_SEGMENT, layoutOf, parseSegmentId, segmentOf } from '../../domain/sync/segments';
import type { SyncRecord, SyncState } from '../../domain/sync/types';
import type { FileView } from './view';

export type NewFile = { parts: Part[]; fileId: string; segments: Record<string, string> };

/**
 * `dirty`: keys of the records whose merged version the file does not hold. On a full view a table
 * whose size calls for more than twice its buckets is laid out again (all its segments rewritten).
 */
export async function buildFile(
  view: FileView,
  merged: SyncState,
  dirty: Iterable<string>,
  devices: Devices,
  key: FileKey | undefined,
  writtenAt: string,
  /** Records the file holds that leave it (expired tombstones): their segments are written without them. */
  removed: readonly SyncRecord[] = [],
): Promise<NewFile> {
  // Segments are reused only from a file of the latest format, as the header read says.
  const reuse = view.head !== undefined && view.head.header.version === LATEST_VERSION;
  // Without reuse every record must be at hand: an older file is only ever read whole.
  if (!reuse && !view.full) throw new RangeError('an older file must be read whole before it is written anew');
  const fileId = reuse ? view.head!.header.fileId : newFileId();
  const layout = reuse ? layoutOf(view.head!.segments.keys()) : new Map<string, number>();
  const counts = new Map<string, number>();
  for (const key of dirty) {
    const t = merged.records[key]!.table;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const relaid = new Set<string>();
  if (view.full) {
    const sizes = new Map<string, number>();
    for (const r of Object.values(merged.records)) sizes.set(r.table, (sizes.get(r.table) ?? 0) + 1);
    for (const [t, n] of sizes) {
      const has = layout.get(t);
      if (!reuse || has === undefined || bucketsFor(n) > 2 * has) {
        layout.set(t, bucketsFor(n));
        // Nothing to reuse (a first write, an upgrade), or the table's segments grew too large.
        if (!reuse || has !== undefined) relaid.add(t);
      }
    }
  }
  // A table new to the file, seen only through a few records: sized for those.
  for (const [t, n] of counts) if (!layout.has(t)) layout.set(t, bucketsFor(n));

  const rewrite = new Set<string>();
  for (const r of removed) if (layout.has(r.table)) rewrite.add(segmentOf(r.table, r.id, layout));
  for (const key of dirty) {
    const r = merged.records[key]!;
    rewrite.add(segmentOf(r.table, r.id, layout));
  }
  const groups = new Map<string, SyncRecord[]>();
  for (const k of Object.keys(merged.records)) {
    const r = merged.records[k]!;
    const sid = segmentOf(r.table, r.id, layout);
    if (relaid.has(r.table)) rewrite.add(sid);
    if (!rewrite.has(sid)) continue;
    let g = groups.get(sid);
    if (!g) groups.set(sid, (g = []));
    g.push(r);
  }
  const out: (SealedSegment | PlacedSegment)[] = [];
  if (reuse) {
    for (const seg of view.head!.segments.values()) {
      const name = parseSegmentId(seg.id);
      if (seg.id === DEVICES_SEGMENT || rewrite.has(seg.id) || (name && relaid.has(name.table))) continue;
      out.push(seg);
    }
  }
  const sealed = [...groups].map(([sid, records]) => sealSegment(fileId, sid, records, {}, key));
  sealed.push(sealSegment(fileId, DEVICES_SEGMENT, [], devices, key));
  out.push(...(await Promise.all(sealed)));
  const parts = await composeFile(out, { fileId, key, base: view.base, writtenAt });
  const segments: Record<string, string> = {};
  for (const s of out) segments[s.id] = s.hash;
  return { parts, fileId, segments };
}
