// Officers syncing their Kansli through one shared (encrypted) file: data arrives, edits of
// different fields merge quietly, the same field edited twice becomes a conflict that is resolved
// once, and every failure leaves both the local data and the file as they were.
import { afterEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { PROFILE_ID } from '../../../renderer/src/domain/org/profile';
import { readSyncFile, writeSyncFile } from '../../../renderer/src/domain/sync/file';
import { formatClock } from '../../../renderer/src/domain/sync/hlc';
import { SyncFileError } from '../../../renderer/src/domain/sync/errors';
import { resolveConflict } from '../../../renderer/src/db/sync/resolve';
import { previewBackup, restoreBackup, takeBackup } from '../../../renderer/src/db/sync/backup';
import { lastRun } from '../../../renderer/src/db/sync/tables';
import { loadCache } from '../../../renderer/src/db/sync/cursor';
import { lockBackoff, SyncError } from '../../../renderer/src/db/sync/engine';
import { MemoryFolder } from './memoryIo';
import { closeAll, DEVICES, Officer } from './officer';

afterEach(closeAll);

const PASS = 'Styrelsen 2026 – hemlig fras';

async function twoOfficers() {
  const folder = new MemoryFolder();
  const karin = await new Officer('Karin Lindqvist', DEVICES.karin).open();
  const bo = await new Officer('Bo Ek', DEVICES.bo).open();
  karin.session.passphrase = PASS;
  bo.session.passphrase = PASS;
  await karin.profile.save({ name: 'Västsvenska IT-nätverket', city: 'Göteborg', email: 'info@vit.se' });
  await karin.sync(folder, 'create');
  await bo.sync(folder, 'join');
  return { folder, karin, bo };
}

describe('two officers and one shared file', () => {
  it('the file is created encrypted, and the one who joins gets everything, with who wrote it', async () => {
    const { folder, bo } = await twoOfficers();
    expect(new TextDecoder().decode(folder.main!)).not.toContain('Västsvenska');
    expect(await bo.profile.load()).toMatchObject({ name: 'Västsvenska IT-nätverket', city: 'Göteborg', email: 'info@vit.se' });
    const run = (await lastRun(bo.db))!;
    expect(run).toMatchObject({ status: 'ok', in: { profile: 1 }, conflicts: 0 });
    expect(run.changes[0]).toMatchObject({ table: 'profile', label: 'Västsvenska IT-nätverket', kind: 'create', by: 'Karin Lindqvist' });
    // Nothing new from Bo: the file is not rewritten.
    expect(folder.writes).toBe(1);
  });

  it('edits of different fields merge without a conflict, in either order', async () => {
    const { folder, karin, bo } = await twoOfficers();
    const loaded = (await karin.profile.load())!;
    await karin.profile.save({ ...strip(loaded), city: 'Borås' });
    const loadedBo = (await bo.profile.load())!;
    await bo.profile.save({ ...strip(loadedBo), email: 'styrelsen@vit.se' });
    await bo.sync(folder);
    await karin.sync(folder);
    await bo.sync(folder);
    for (const o of [karin, bo]) expect(await o.profile.load()).toMatchObject({ city: 'Borås', email: 'styrelsen@vit.se' });
    expect(await karin.conflicts()).toEqual([]);
    expect(await bo.conflicts()).toEqual([]);
    expect(await karin.state()).toEqual(await bo.state());
  });

  it('once both are in step, syncing again neither changes anything nor rewrites the file', async () => {
    const { folder, karin, bo } = await twoOfficers();
    await karin.profile.save({ ...strip((await karin.profile.load())!), city: 'Borås' });
    await bo.profile.save({ ...strip((await bo.profile.load())!), email: 'bo@vit.se' });
    await karin.sync(folder);
    await bo.sync(folder);
    await karin.sync(folder);
    const writes = folder.writes;
    for (const o of [karin, bo, karin, bo]) {
      const run = await o.sync(folder);
      expect(run).toMatchObject({ in: {}, out: {}, written: false, changes: [] });
    }
    expect(folder.writes).toBe(writes);
  });

  it('an edit made after a sync is not a conflict (the edit knows what it replaced)', async () => {
    const { folder, karin, bo } = await twoOfficers();
    await bo.profile.save({ ...strip((await bo.profile.load())!), name: 'VIT-nätverket' });
    await bo.sync(folder);
    await karin.sync(folder);
    await karin.profile.save({ ...strip((await karin.profile.load())!), name: 'Västsvenska IT-nätverket ideell förening' });
    await karin.sync(folder);
    await bo.sync(folder);
    expect(await bo.conflicts()).toEqual([]);
    expect(await karin.conflicts()).toEqual([]);
    expect((await bo.profile.load())!.name).toBe('Västsvenska IT-nätverket ideell förening');
  });

  it('the same field edited by both: the later wins, the other is a conflict with both values, who and when; resolving it settles it for both', async () => {
    let t = Date.parse('2026-03-02T09:00:00Z');
    const clock = () => new Date(t);
    const folder = new MemoryFolder();
    const karin = await new Officer('Karin Lindqvist', DEVICES.karin, clock).open();
    const bo = await new Officer('Bo Ek', DEVICES.bo, clock).open();
    await karin.profile.save({ name: 'Föreningen', city: 'Göteborg' });
    await karin.sync(folder, 'create');
    await bo.sync(folder, 'join');
    t += 60_000;
    await karin.profile.save({ name: 'Föreningen', city: 'Borås' });
    t += 60_000;
    await bo.profile.save({ name: 'Föreningen', city: 'Alingsås' });
    await bo.sync(folder);
    await karin.sync(folder);
    expect((await karin.profile.load())!.city).toBe('Alingsås');
    const [c] = await karin.conflicts();
    expect(c).toMatchObject({
      table: 'profile', recordId: PROFILE_ID, field: 'city', kind: 'edit', label: 'Föreningen',
      kept: { value: 'Alingsås', by: 'Bo Ek' }, lost: { value: 'Borås', by: 'Karin Lindqvist' },
    });
    expect((await lastRun(karin.db))!.conflicts).toBe(1);
    // Karin decides that her value was right after all.
    t += 60_000;
    await resolveConflict(karin.db, karin.ctx, c!.id, { kind: 'lost' });
    expect(await karin.conflicts()).toEqual([]);
    await karin.sync(folder);
    await bo.sync(folder);
    for (const o of [karin, bo]) expect((await o.profile.load())!.city).toBe('Borås');
    expect(await bo.conflicts()).toEqual([]);
    expect(await karin.state()).toEqual(await bo.state());
  });

  it('a value written by hand resolves it too', async () => {
    const { folder, karin, bo } = await twoOfficers();
    await karin.profile.save({ ...strip((await karin.profile.load())!), about: 'Karins text' });
    await bo.profile.save({ ...strip((await bo.profile.load())!), about: 'Bos text' });
    await karin.sync(folder);
    await bo.sync(folder);
    const [c] = await bo.conflicts();
    await resolveConflict(bo.db, bo.ctx, c!.id, { kind: 'edited', value: 'Karins och Bos text' });
    await bo.sync(folder);
    await karin.sync(folder);
    for (const o of [karin, bo]) expect((await o.profile.load())!.about).toBe('Karins och Bos text');
    expect(await karin.conflicts()).toEqual([]);
  });
});

describe('the lock', () => {
  it('is free again, with the run and what was written recorded, as soon as a writing sync returns', async () => {
    const { folder, karin, bo } = await twoOfficers();
    const loaded = (await karin.profile.load())!;
    await karin.profile.save({ ...strip(loaded), city: 'Borås' });
    const writes = folder.writes;
    const run = await karin.sync(folder);
    expect(run.written).toBe(true);
    expect(folder.writes).toBe(writes + 1);
    expect(folder.lockedBy).toBeNull();
    expect(await lastRun(karin.db)).toMatchObject({ written: true, out: { profile: 1 } });
    // What was written is remembered, so the next sync reads only what changed.
    const cache = await loadCache(karin.db);
    expect(Object.keys(cache?.segments ?? {}).length).toBeGreaterThan(0);
    expect((await karin.sync(folder)).written).toBe(false);
    expect(folder.writes).toBe(writes + 1);
    await bo.sync(folder);
    expect((await bo.profile.load())!.city).toBe('Borås');
  });
});

describe('faults change nothing', () => {
  it('a wrong passphrase: a clear message, local data and the file untouched', async () => {
    const { folder, karin } = await twoOfficers();
    const sara = await new Officer('Sara', DEVICES.sara).open();
    await sara.profile.save({ name: 'Saras utkast' });
    sara.session.passphrase = 'fel fras';
    const before = folder.main;
    const err = await sara.sync(folder, 'join').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncFileError);
    expect((err as SyncFileError).code).toBe('wrong-passphrase');
    expect((err as Error).message).toBe('Fel lösenfras. Ingenting har ändrats.');
    expect(folder.main).toBe(before);
    expect((await sara.profile.load())!.name).toBe('Saras utkast');
    expect(folder.lockedBy).toBeNull();
    expect(await karin.profile.load()).toBeDefined();
  });

  it('a file from a newer Kansli, or a truncated one: a clear message and nothing changed', async () => {
    const { folder, bo } = await twoOfficers();
    const good = folder.main!;
    folder.main = good.subarray(0, good.length - 100);
    await expect(bo.sync(folder)).rejects.toMatchObject({ code: 'truncated' });
    folder.main = new TextEncoder().encode('{"format":"kansli-sync","version":9}\n...');
    await expect(bo.sync(folder)).rejects.toMatchObject({ code: 'newer' });
    expect((await bo.profile.load())!.name).toBe('Västsvenska IT-nätverket');
  });

  it('joining where there is no file, or creating where there is one, is refused', async () => {
    const folder = new MemoryFolder();
    const sara = await new Officer('Sara', DEVICES.sara).open();
    await expect(sara.sync(folder, 'join')).rejects.toMatchObject({ code: 'missing' });
    await sara.sync(folder, 'create');
    await expect(sara.sync(folder, 'create')).rejects.toMatchObject({ code: 'exists' });
    // The file gone from its place later (a folder not mounted) is not silently recreated.
    folder.main = null;
    await expect(sara.sync(folder)).rejects.toBeInstanceOf(SyncError);
    expect(folder.main).toBeNull();
  });

  it('waits for another officer\'s lock, then says who holds it', async () => {
    const { folder, karin } = await twoOfficers();
    folder.lockedBy = { token: 'x', name: 'Bo Ek' };
    const waits: number[] = [];
    const err = await karin.sync(folder, 'sync', { lockAttempts: 3, wait: async (ms) => { waits.push(ms); } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'locked', message: 'Bo Ek synkroniserar just nu. Försök igen om en stund.' });
    expect(waits).toEqual([100, 200]);
  });

  it('asks again soon at first, then once a second, for about twelve seconds by default', () => {
    const waits = Array.from({ length: 15 }, (_, i) => lockBackoff(i));
    expect(waits.slice(0, 5)).toEqual([100, 200, 400, 800, 1000]);
    expect(Math.max(...waits)).toBe(1000);
    const total = waits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThan(15_000);
  });
});

describe('concurrent saves and cloud copies', () => {
  it('a save that lands between read and write is merged in, not overwritten', async () => {
    const { folder, karin, bo } = await twoOfficers();
    await karin.profile.save({ ...strip((await karin.profile.load())!), city: 'Borås' });
    await bo.profile.save({ ...strip((await bo.profile.load())!), email: 'bo@vit.se' });
    folder.beforeWrite = async () => {
      // Bo's save lands while Karin is merging: on a cloud folder Karin's lock reaches him too late.
      const lock = folder.lockedBy;
      folder.lockedBy = null;
      await bo.sync(folder);
      folder.lockedBy = lock;
    };
    await karin.sync(folder);
    const file = await readSyncFile(folder.main!, { passphrase: PASS });
    const fields = file.state.records[`profile/${PROFILE_ID}`]!.fields;
    expect(fields.city!.value).toBe('Borås');
    expect(fields.email!.value).toBe('bo@vit.se');
  });

  it('merges a cloud client\'s conflicted copy and archives it', async () => {
    const { folder, karin, bo } = await twoOfficers();
    // Bo saved while offline from the cloud: his client left a conflicted copy.
    await bo.profile.save({ ...strip((await bo.profile.load())!), website: 'https://vit.se' });
    const bosState = await bo.state();
    const copy = await writeSyncFile({ state: bosState, devices: {} }, { key: bo.session.key, base: null, writtenAt: '2026-03-02T10:00:00Z' });
    folder.copies.set('Föreningen (Bos conflicted copy 2026-03-02).kansli', copy);
    await karin.sync(folder);
    expect((await karin.profile.load())!.website).toBe('https://vit.se');
    expect(folder.archived).toEqual(['Föreningen (Bos conflicted copy 2026-03-02).kansli']);
    expect((await lastRun(karin.db))!.copiesMerged).toBe(1);
  });

  it('holds back a change from a computer whose clock is years ahead, and shows it', async () => {
    const { folder, karin, bo } = await twoOfficers();
    const file = await readSyncFile(folder.main!, { passphrase: PASS });
    const rec = file.state.records[`profile/${PROFILE_ID}`]!;
    const future = formatClock({ wall: Date.parse('2031-01-01T00:00:00Z'), counter: 0, device: DEVICES.sara });
    const forged = { records: { ...file.state.records, [`profile/${PROFILE_ID}`]: { ...rec, fields: { ...rec.fields, city: { value: 'Framtidsstad', clock: future } } } } };
    folder.main = await writeSyncFile({ state: forged, devices: file.devices }, { key: karin.session.key, base: null, writtenAt: '2026-03-02T10:00:00Z' });
    await bo.sync(folder);
    expect((await bo.profile.load())!.city).toBe('Göteborg');
    const [c] = await bo.conflicts();
    expect(c).toMatchObject({ kind: 'clock', field: 'city', lost: { value: 'Framtidsstad' }, kept: { value: 'Göteborg' } });
  });
});

describe('backups', () => {
  it('a restore brings back what the backup held, as new edits that reach the others without a conflict', async () => {
    const { folder, karin, bo } = await twoOfficers();
    const stored = new Map<string, Uint8Array>();
    const io = {
      write: async (req: { dir: string; bytes: Uint8Array; keep: number }) => {
        const path = `${req.dir}/Kansli-sakerhetskopia-${stored.size}.kansli-backup`;
        stored.set(path, req.bytes);
        return { name: path.split('/').pop()!, path, size: req.bytes.length, modifiedAt: '2026-03-02T10:00:00.000Z' };
      },
      read: async (path: string) => stored.get(path)!,
    };
    const backup = await takeBackup(karin.db, karin.ctx, io, { dir: '/backup', keep: 5, passphrase: 'backup-fras', reason: 'manual', pbkdf2Iterations: 1000 });
    expect(backup).toMatchObject({ records: 1, encrypted: true });
    await karin.profile.save({ ...strip((await karin.profile.load())!), city: 'Fel stad' });
    await karin.sync(folder);
    await bo.sync(folder);
    expect((await bo.profile.load())!.city).toBe('Fel stad');
    await expect(previewBackup(stored.get(backup.path)!)).rejects.toMatchObject({ code: 'needs-passphrase' });
    const preview = await previewBackup(stored.get(backup.path)!, 'backup-fras');
    expect(preview.counts).toEqual({ profile: 1 });
    expect(preview.examples.profile).toEqual(['Västsvenska IT-nätverket']);
    expect(await restoreBackup(karin.db, karin.ctx, preview.state)).toEqual({ profile: 1 });
    expect((await karin.profile.load())!.city).toBe('Göteborg');
    await karin.sync(folder);
    await bo.sync(folder);
    expect((await bo.profile.load())!.city).toBe('Göteborg');
    expect(await bo.conflicts()).toEqual([]);
  });
});

describe('changing the passphrase', () => {
  it('re-encrypts the file: the new passphrase opens it, the old one no longer does', async () => {
    const { folder, karin, bo } = await twoOfficers();
    await karin.sync(folder, 'sync', { newPassphrase: 'Ny fras efter att Per slutade' });
    expect(karin.session.passphrase).toBe('Ny fras efter att Per slutade');
    bo.session = { passphrase: PASS };
    await expect(bo.sync(folder)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    bo.session = { passphrase: 'Ny fras efter att Per slutade' };
    await bo.sync(folder);
  });
});

function strip<T extends object>(r: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!['id', 'createdAt', 'updatedAt', 'deviceId', 'clocks', 'deleted', 'seen', 'deletedSeen'].includes(k)) out[k] = v;
  return out as T;
}
