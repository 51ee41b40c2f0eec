// The shared sync file and the backup file: a body (codec.ts) in an envelope (envelope.ts).
import { decodeBody, encodeBody, type SyncBody } from './codec';
import { openFile, sealFile, type FileHeader, type FileKey, type Unlock } from './envelope';
import { SyncFileError } from './errors';

export type OpenedFile = SyncBody & { header: FileHeader; key?: FileKey };

export async function writeSyncFile(body: SyncBody, opts: { key?: FileKey; base: string | null; writtenAt: string; content?: FileHeader['content'] }): Promise<Uint8Array> {
  return sealFile(encodeBody(body), { content: opts.content ?? 'state', compression: 'deflate', key: opts.key, base: opts.base, writtenAt: opts.writtenAt });
}

/** Reads a sync (or backup) file; `content` says which kind is expected, so the two are not mixed up. */
export async function readSyncFile(bytes: Uint8Array, unlock: Unlock = {}, content: FileHeader['content'] = 'state'): Promise<OpenedFile> {
  const opened = await openFile(bytes, unlock);
  if (opened.header.content !== content) throw new SyncFileError('foreign', `expected ${content}, got ${opened.header.content}`);
  if (opened.header.compression !== 'deflate') throw new SyncFileError('damaged', 'compression');
  return { ...decodeBody(opened.body), header: opened.header, key: opened.key };
}
