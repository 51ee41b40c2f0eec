import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext, type DeviceContext } from '../../../renderer/src/db/context';
import { ProfileRepository } from '../../../renderer/src/db/profileRepository';
import { Repository } from '../../../renderer/src/db/repository';
import { PROFILE_ID } from '../../../renderer/src/domain/org/profile';
import { parseClock } from '../../../renderer/src/domain/sync/hlc';

const DEVICE = '5f0c6a1e-2b6e-4d1c-9a37-0c1f4b9d2e11';
let n = 0;
const dbs: KansliDb[] = [];

async function setup(now: () => Date = () => new Date('2026-03-01T10:00:00Z')) {
  const db = new KansliDb(`test-${++n}`);
  dbs.push(db);
  await db.open();
  const ctx = await openDeviceContext(db, DEVICE, 'Karin Kassör', now);
  return { db, ctx, profile: new ProfileRepository(db, ctx) };
}

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('repositories stamp every write', () => {
  it('creates a record with id, times, device and one clock per field', async () => {
    const { profile } = await setup();
    const saved = await profile.save({ name: 'Västsvenska IT-nätverket', city: 'Göteborg' });
    expect(saved.id).toBe(PROFILE_ID);
    expect(saved.createdAt).toBe('2026-03-01T10:00:00.000Z');
    expect(saved.updatedAt).toBe(saved.createdAt);
    expect(saved.deviceId).toBe(DEVICE);
    expect(Object.keys(saved.clocks).sort()).toEqual(['city', 'name']);
    expect(parseClock(saved.clocks.name!)).toMatchObject({ wall: Date.parse('2026-03-01T10:00:00Z'), device: DEVICE });
  });

  it('gives new clocks only to fields whose value changed', async () => {
    let t = Date.parse('2026-03-01T10:00:00Z');
    const { profile } = await setup(() => new Date(t));
    const first = await profile.save({ name: 'Föreningen', city: 'Malmö' });
    t += 60_000;
    const second = await profile.save({ name: 'Föreningen', city: 'Lund' }, { name: 'Föreningen', city: 'Malmö' });
    expect(second.clocks.name).toBe(first.clocks.name);
    expect(second.clocks.city! > first.clocks.city!).toBe(true);
    expect(second.updatedAt).toBe('2026-03-01T10:01:00.000Z');
  });

  it('clears a field the form left empty and stamps the clearing', async () => {
    const { profile } = await setup();
    const first = await profile.save({ name: 'Föreningen', email: 'info@forening.se' });
    const second = await profile.save({ name: 'Föreningen' }, { name: 'Föreningen', email: 'info@forening.se' });
    expect(second.email).toBeUndefined();
    expect(second.clocks.email! > first.clocks.email!).toBe(true);
  });

  it('a save that changes nothing writes nothing and logs nothing', async () => {
    const { db, profile } = await setup();
    const first = await profile.save({ name: 'Föreningen' });
    const again = await profile.save({ name: 'Föreningen' }, { name: 'Föreningen' });
    expect(again).toEqual(first);
    expect(await db.changes.count()).toBe(1);
  });

  it('logs who changed which fields, for the history', async () => {
    const { db, profile } = await setup();
    await profile.save({ name: 'A' });
    await profile.save({ name: 'B', city: 'Umeå' }, { name: 'A' });
    const log = await db.changes.orderBy('seq').toArray();
    expect(log.map((c) => [c.kind, c.fields.sort(), c.userName])).toEqual([
      ['create', ['name'], 'Karin Kassör'],
      ['update', ['city', 'name'], 'Karin Kassör'],
    ]);
  });

  it('clocks keep increasing even when the wall clock stands still or goes back', async () => {
    let t = Date.parse('2026-03-01T10:00:00Z');
    const { profile } = await setup(() => new Date(t));
    const clocks: string[] = [];
    for (const name of ['A', 'B', 'C']) {
      clocks.push((await profile.save({ name }, { name: '' })).clocks.name!);
      t -= 5_000; // someone sets the computer's clock back
    }
    expect([...clocks].sort()).toEqual(clocks);
    expect(new Set(clocks).size).toBe(3);
  });

  it('clocks keep increasing across a restart (the last clock is stored)', async () => {
    const frozen = () => new Date('2026-03-01T10:00:00Z');
    const { db, profile } = await setup(frozen);
    const before = (await profile.save({ name: 'A' })).clocks.name!;
    const ctx2: DeviceContext = await openDeviceContext(db, DEVICE, 'Karin Kassör', frozen);
    const after = (await new ProfileRepository(db, ctx2).save({ name: 'B' }, { name: 'A' })).clocks.name!;
    expect(after > before).toBe(true);
  });
});

describe('saving the profile form', () => {
  it('keeps a change made elsewhere (a sync) to a field this user did not touch', async () => {
    const { profile } = await setup();
    await profile.save({ name: 'Föreningen', city: 'Malmö' });
    const loadedByForm = { name: 'Föreningen', city: 'Malmö' };
    await profile.update(PROFILE_ID, { city: 'Lund' }); // another officer's edit arrives
    const saved = await profile.save({ ...loadedByForm, name: 'Föreningen Syd' }, loadedByForm);
    expect(saved).toMatchObject({ name: 'Föreningen Syd', city: 'Lund' });
  });
});

describe('deletion is a tombstone', () => {
  type Note = { text: string };
  it('hides the record but keeps it, stamped, for sync', async () => {
    const { db, ctx } = await setup();
    const repo = new Repository<Note>(db, db.profile as never, ctx);
    const rec = await repo.create({ text: 'hej' });
    await repo.remove(rec.id);
    expect(await repo.get(rec.id)).toBeUndefined();
    expect(await repo.list()).toEqual([]);
    const raw = (await db.profile.get(rec.id)) as unknown as { deleted?: string; text: string };
    expect(raw.text).toBe('hej');
    expect(raw.deleted! > rec.clocks.text!).toBe(true);
    expect((await db.changes.toArray()).map((c) => c.kind)).toEqual(['create', 'delete']);
  });

  it('refuses to update a deleted record', async () => {
    const { db, ctx } = await setup();
    const repo = new Repository<Note>(db, db.profile as never, ctx);
    const rec = await repo.create({ text: 'hej' });
    await repo.remove(rec.id);
    await expect(repo.update(rec.id, { text: 'igen' })).rejects.toThrow();
  });
});
