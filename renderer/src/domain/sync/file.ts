// The shared sync file and the backup file. A backup is one body (codec.ts) in an envelope
// (envelope.ts, format version 1). The shared file is segmented (segfile.ts, version 3; version 2
// has the same segments in a looser layout) so that a sync touches only what changed; a version-1
// or version-2 shared file, as written before, is still read, and the next full write upgrades it
// (migrateV1 below is the numbered migration from 1; from 2 it is only the segments' layout).
import { decodeBody, encodeBody, mergeDevices, type SyncBody } from './codec';
import { openFile, sealFile, type FileHeader, type FileKey, type Unlock } from './envelope';
import { SyncFileError } from './errors';
import { composeFile, fileVersion, joinParts, newFileId, openHead, openSegment, sealSegment, type Head, type SealedSegment } from './segfile';
import { DEVICES_SEGMENT, splitState } from './segments';
import type { SyncRecord } from './types';
import { setOwn } from './vectors';

export type OpenedFile = SyncBody & {
  /** The format version the file was written in (1: one body; 2 and 3: segmented). */
  version: number;
  /** The segmented file's verified header (versions 2 and 3). */
  head?: Head;
  content: FileHeader['content'];
  writtenAt: string;
  encrypted: boolean;
  key?: FileKey;
};

export type WriteOptions = { key?: FileKey; base: string | null; writtenAt: string; content?: FileHeader['content']; fileId?: string };

/** All segments of a state, sealed (a full write: the first sync, an upgrade, a new passphrase). */
export async function sealAll(body: SyncBody, fileId: string, key?: FileKey): Promise<SealedSegment[]> {
  const jobs: Promise<SealedSegment>[] = [];
  for (const [id, records] of splitState(body.state)) jobs.push(sealSegment(fileId, id, records, {}, key));
  jobs.push(sealSegment(fileId, DEVICES_SEGMENT, [], body.devices, key));
  // Together: compression and encryption run beside the encoding of the next segment.
  return Promise.all(jobs);
}

export async function writeSyncFile(body: SyncBody, opts: WriteOptions): Promise<Uint8Array> {
  if (opts.content === 'backup') {
    return sealFile(encodeBody(body), { content: 'backup', compression: 'deflate', key: opts.key, base: opts.base, writtenAt: opts.writtenAt });
  }
  const fileId = opts.fileId ?? newFileId();
  const parts = await composeFile(await sealAll(body, fileId, opts.key), { fileId, key: opts.key, base: opts.base, writtenAt: opts.writtenAt });
  return joinParts(parts, null);
}

/** Migration 1 → 2: a version-1 shared file's one body, read whole; writing it again upgrades it. */
async function migrateV1(bytes: Uint8Array, unlock: Unlock, content: FileHeader['content']): Promise<OpenedFile> {
  const opened = await openFile(bytes, unlock);
  if (opened.header.content !== content) throw new SyncFileError('foreign', `expected ${content}, got ${opened.header.content}`);
  if (opened.header.compression !== 'deflate') throw new SyncFileError('damaged', 'compression');
  return { ...decodeBody(opened.body), version: 1, content, writtenAt: opened.header.writtenAt, encrypted: !!opened.header.encryption, key: opened.key };
}

/** Every segment of a segmented (version 2 or 3) file, decoded and joined. */
async function readSegmented(bytes: Uint8Array, unlock: Unlock): Promise<OpenedFile> {
  const head = await openHead(bytes, bytes.length, unlock);
  const records: Record<string, SyncRecord> = {};
  let devices = {};
  // All at once: checking, decrypting and inflating one segment (the platform's, off this thread)
  // runs beside decoding another. Joined in header order, so the result does not depend on timing.
  const segs = [...head.segments.values()];
  const bodies = await Promise.all(segs.map((seg) => openSegment(head, seg, bytes.subarray(seg.offset, seg.offset + seg.length))));
  for (const body of bodies) {
    for (const [k, r] of Object.entries(body.state.records)) {
      if (Object.hasOwn(records, k)) throw new SyncFileError('damaged', 'a record in two segments');
      setOwn(records, k, r);
    }
    devices = mergeDevices(devices, body.devices);
  }
  return { state: { records }, devices, version: head.header.version, head, content: 'state', writtenAt: head.header.writtenAt, encrypted: !!head.header.encryption, key: head.key };
}

/** Reads a sync (or backup) file; `content` says which kind is expected, so the two are not mixed up. */
export async function readSyncFile(bytes: Uint8Array, unlock: Unlock = {}, content: FileHeader['content'] = 'state'): Promise<OpenedFile> {
  const version = fileVersion(bytes);
  if (version === 1) return migrateV1(bytes, unlock, content);
  if (content !== 'state') throw new SyncFileError('foreign', 'expected a backup, got a shared file');
  return readSegmented(bytes, unlock);
}
