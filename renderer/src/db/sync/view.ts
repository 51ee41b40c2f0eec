// The shared file as one sync round sees it: the records of the segments it had to decode (all of
// them on a full read), who wrote, the data key, and the layout to write back in. An incremental
// read takes only the header, then the byte ranges of the segments that changed since this device
// last merged them and of those that hold records edited here; a full read takes the whole file
// (a first sync, a join, a file of an older format to upgrade, cloud conflict copies to merge in).
import type { SharedRead } from '../../../../electron/api';
import { mergeDevices, type Devices } from '../../domain/sync/codec';
import type { FileKey } from '../../domain/sync/envelope';
import { readSyncFile } from '../../domain/sync/file';
import { fileVersion, LATEST_VERSION, openHead, openSegment, type Head } from '../../domain/sync/segfile';
import { bucketOf, DEVICES_SEGMENT, layoutOf, segmentId } from '../../domain/sync/segments';
import type { SyncRecord, SyncState } from '../../domain/sync/types';
import { setOwn } from '../../domain/sync/vectors';
import type { SegmentCache } from './cursor';
import type { KeySession, SyncIo } from './engine';

/** How much of the file to ask for first when the header's length is not known from the last sync. */
export const HEAD_BYTES = 64 * 1024;

export type FileView = {
  /** Hash of the file read (the base of the next write), null when there is none. */
  base: string | null;
  version: number;
  head?: Head;
  state: SyncState;
  devices: Devices;
  key?: FileKey;
  /** Segments whose content `state` holds (all, on a full read). */
  decoded: Set<string>;
  /**
   * The records of segments someone else changed since this device last merged them (all, on a
   * full read). The other decoded segments hold nothing new: this device already has their records.
   */
  fresh: SyncState;
  full: boolean;
};

async function unlockOf(session: KeySession) {
  return { passphrase: session.passphrase, cached: session.key };
}

/** The whole file: every record in it. `read.main` may hold only the head; then the rest is fetched. */
export async function readFull(io: SyncIo, path: string, read: SharedRead, session: KeySession): Promise<FileView | 'changed'> {
  const main = read.main!;
  let bytes = main.bytes;
  if (bytes.length < main.size) {
    const r = await io.readRanges(path, main.hash, [[0, main.size]]);
    if (r.status === 'changed') return 'changed';
    bytes = r.parts[0]!;
  }
  const opened = await readSyncFile(bytes, await unlockOf(session));
  if (opened.key) session.key = opened.key;
  return {
    base: main.hash, version: opened.version, head: opened.head, state: opened.state, devices: opened.devices, key: opened.key,
    decoded: new Set(opened.head ? opened.head.segments.keys() : []), fresh: opened.state, full: true,
  };
}

/**
 * The version and (for a file of the latest format) the verified header, from the head bytes of a
 * read; a header longer than those bytes is fetched with a larger range. 'changed' if the file was
 * replaced. An older file comes without its header, so it is read whole and written anew: its
 * segments cannot be reused in a file of the latest format.
 */
export async function peekHead(io: SyncIo, path: string, read: SharedRead, session: KeySession): Promise<{ version: number; head?: Head } | 'changed'> {
  const main = read.main!;
  const version = fileVersion(main.bytes);
  if (version !== LATEST_VERSION) return { version };
  let bytes = main.bytes;
  for (;;) {
    try {
      const head = await openHead(bytes, main.size, await unlockOf(session));
      if (head.key) session.key = head.key;
      return { version, head };
    } catch (err) {
      if (bytes.length >= main.size || (err as { code?: string }).code !== 'truncated') throw err;
      const r = await io.readRanges(path, main.hash, [[0, Math.min(main.size, bytes.length * 4)]]);
      if (r.status === 'changed') return 'changed';
      bytes = r.parts[0]!;
    }
  }
}

/**
 * Only what this device lacks: the segments changed since `cache` and those holding `local` keys
 * (records edited here), decoded. `'changed'` if the file was replaced in between.
 */
export async function readChanged(io: SyncIo, path: string, read: SharedRead, head: Head, cache: SegmentCache, local: Iterable<{ table: string; id: string }>): Promise<FileView | 'changed'> {
  const layout = layoutOf(head.segments.keys());
  const want = new Set<string>([DEVICES_SEGMENT]);
  for (const s of head.segments.values()) if (cache.segments[s.id] !== s.hash) want.add(s.id);
  for (const { table, id } of local) {
    const n = layout.get(table);
    if (n === undefined) continue; // a table the file does not have yet: a new segment, nothing to read
    const sid = segmentId(table, bucketOf(id, n), n);
    if (head.segments.has(sid)) want.add(sid);
  }
  const segs = [...want].map((id) => head.segments.get(id)).filter((s) => s !== undefined);
  const r = await io.readRanges(path, read.main!.hash, segs.map((s) => [s.offset, s.length]));
  if (r.status === 'changed') return 'changed';
  const records: Record<string, SyncRecord> = {};
  const fresh: Record<string, SyncRecord> = {};
  let devices: Devices = {};
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const body = await openSegment(head, seg, r.parts[i]!);
    const changed = cache.segments[seg.id] !== seg.hash;
    for (const k of Object.keys(body.state.records)) {
      setOwn(records, k, body.state.records[k]!);
      if (changed) setOwn(fresh, k, body.state.records[k]!);
    }
    devices = mergeDevices(devices, body.devices);
  }
  return {
    base: read.main!.hash, version: head.header.version, head, state: { records }, devices, key: head.key,
    decoded: new Set(segs.map((s) => s.id)), fresh: { records: fresh }, full: false,
  };
}
