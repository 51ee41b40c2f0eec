// Full backups in a folder of the officer's choice: written atomically, named by time so that
// they sort, and only the last N kept. The bytes come sealed from the renderer (optionally
// encrypted); this side never looks inside.
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from './atomic';
import { fsError } from './errors';

export const BACKUP_PREFIX = 'Kansli-sakerhetskopia-';
export const BACKUP_EXT = '.kansli-backup';

export type BackupEntry = { name: string; path: string; size: number; modifiedAt: string };

const isBackup = (name: string) => name.startsWith(BACKUP_PREFIX) && name.endsWith(BACKUP_EXT);

export async function listBackups(dir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw fsError(err, 'säkerhetskopiorna');
  }
  const out: BackupEntry[] = [];
  for (const name of names.filter(isBackup)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) out.push({ name, path, size: info.size, modifiedAt: new Date(info.mtimeMs).toISOString() });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : -1));
}

export async function writeBackup(req: { dir: string; bytes: Uint8Array; keep: number }, now: Date = new Date()): Promise<BackupEntry> {
  const name = `${BACKUP_PREFIX}${now.toISOString().replace(/:/g, '-').replace('.', '-')}${BACKUP_EXT}`;
  const path = join(req.dir, name);
  try {
    await mkdir(req.dir, { recursive: true });
    await atomicWrite(path, req.bytes);
    const all = await listBackups(req.dir);
    for (const old of all.slice(req.keep)) await unlink(old.path).catch(() => undefined);
  } catch (err) {
    throw fsError(err, 'säkerhetskopian');
  }
  return { name, path, size: req.bytes.length, modifiedAt: now.toISOString() };
}

export async function readBackup(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    throw fsError(err, 'säkerhetskopian');
  }
}
