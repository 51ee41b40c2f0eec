import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext } from '../../../renderer/src/db/context';
import { PressReleaseRepository, PublishedReleaseError } from '../../../renderer/src/db/press/pressRepository';
import { seriesRows, versionsOf, filterRows } from '../../../renderer/src/domain/press/archive';
import { org } from './fixtures';

let n = 0;
const dbs: KansliDb[] = [];
let clock = Date.parse('2025-09-01T08:00:00Z');

async function setup() {
  const db = new KansliDb(`press-${++n}`);
  dbs.push(db);
  await db.open();
  const ctx = await openDeviceContext(db, 'dev-1', 'Lars Öhman', () => new Date((clock += 1000)));
  return { db, repo: new PressReleaseRepository(db, ctx) };
}

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const profile = { name: 'IT-nätverket Norr', about: 'En ideell förening.', pressContacts: [{ name: 'Anna Lindqvist', role: 'ordförande' }] };

describe('press releases in the database', () => {
  it('saves a draft field by field and logs which fields changed', async () => {
    const { db, repo } = await setup();
    const r = await repo.createNew(profile, '2025-09-02');
    expect(r.seriesId).toBe(r.id);
    await repo.saveDraft(r.id, { headline: 'Rekordintresse för Norrland Digital' });
    const saved = await repo.get(r.id);
    expect(saved?.headline).toBe('Rekordintresse för Norrland Digital');
    expect(saved?.contacts[0]?.name).toBe('Anna Lindqvist');
    const log = (await db.changes.toArray()).filter((c) => c.recordId === r.id);
    expect(log.map((c) => c.fields)).toContainEqual(['headline']);
  });

  it('keeps a published version as published and edits the next version instead', async () => {
    const { repo } = await setup();
    const r = await repo.createNew(profile, '2025-09-02');
    await repo.saveDraft(r.id, { headline: 'Första rubriken', lead: 'Ingress.' });
    const published = await repo.publish(r.id, org, '2025-09-02T07:00:00.000Z');
    expect(published).toMatchObject({ status: 'published', publishedAt: '2025-09-02T07:00:00.000Z', publishedOrg: org });

    await expect(repo.saveDraft(r.id, { headline: 'Ändrad i efterhand' })).rejects.toBeInstanceOf(PublishedReleaseError);
    await expect(repo.publish(r.id, org, '2025-09-03T07:00:00.000Z')).rejects.toBeInstanceOf(PublishedReleaseError);
    await expect(repo.removeDraft(r.id)).rejects.toBeInstanceOf(PublishedReleaseError);

    const v2 = await repo.editableVersion(r.id);
    expect(v2).toMatchObject({ seriesId: r.id, version: 2, status: 'draft', headline: 'Första rubriken' });
    expect(v2.publishedAt).toBeUndefined();
    await repo.saveDraft(v2.id, { headline: 'Andra rubriken' });
    // asking again opens the same draft rather than a third version
    expect((await repo.editableVersion(r.id)).id).toBe(v2.id);

    expect((await repo.get(r.id))?.headline).toBe('Första rubriken');
    const versions = await repo.versions(r.id);
    expect(versions.map((v) => [v.version, v.status, v.headline])).toEqual([
      [2, 'draft', 'Andra rubriken'],
      [1, 'published', 'Första rubriken'],
    ]);

    const rows = seriesRows(await repo.list());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ versions: 2, latest: { id: v2.id }, published: { id: r.id } });
    expect(versionsOf(await repo.list(), r.id)).toHaveLength(2);
  });

  it('duplicates a published release as a new draft in its own series', async () => {
    const { repo } = await setup();
    const r = await repo.createNew(profile, '2025-09-02');
    await repo.saveDraft(r.id, { headline: 'Höstkonferensen', lead: 'Ingress.' });
    await repo.publish(r.id, org, '2025-09-02T07:00:00.000Z');
    const copy = await repo.duplicate(r.id, '2026-09-01');
    expect(copy).toMatchObject({ seriesId: copy.id, version: 1, status: 'draft', date: '2026-09-01', headline: 'Höstkonferensen' });
    expect(copy.publishedAt).toBeUndefined();
    expect(copy.publishedOrg).toBeUndefined();
    const rows = seriesRows(await repo.list());
    expect(rows.map((x) => x.latest.date)).toEqual(['2026-09-01', '2025-09-02']);
    expect(filterRows(rows, 'höstkonf', 'published').map((x) => x.latest.id)).toEqual([r.id]);
    expect(filterRows(rows, 'HÖSTKONFERENSEN', 'draft').map((x) => x.latest.id)).toEqual([copy.id]);
    expect(filterRows(rows, 'vårmöte', 'all')).toEqual([]);
  });

  it('deletes a draft by tombstone', async () => {
    const { repo } = await setup();
    const r = await repo.createNew(undefined, '2025-09-02');
    await repo.removeDraft(r.id);
    expect(await repo.get(r.id)).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });
});
