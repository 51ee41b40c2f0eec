// The rules around the merge, on real databases: Karin deletes two members; Bo is away for
// fourteen months, and meanwhile corrects one of them and adds another. The tombstones expire on
// Karin's computer; when Bo returns, nothing deleted comes back, his correction becomes a
// conflict to resolve, and his new member arrives.
import { afterEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { MemberRepository } from '../../../renderer/src/db/members/memberRepository';
import { afterMerge, beforeMerge, needsFullRead, staleRunMessage } from '../../../renderer/src/db/sync/housekeeping';
import { applyMerged, conflictRow, whoFrom } from '../../../renderer/src/db/sync/state';
import { syncRunsTable } from '../../../renderer/src/db/sync/tables';
import { mergeWithErasure } from '../../../renderer/src/domain/sync/erasure';
import { emptyMember } from '../../../renderer/src/domain/members/model';
import { closeAll, DEVICES, Officer } from './officer';

afterEach(closeAll);

const DAY = 86_400_000;

describe('coming back after the tombstones have expired', () => {
  it('drops what others deleted, keeps what Bo did, and says so', async () => {
    const T0 = Date.UTC(2025, 0, 15, 10);
    let t = T0;
    const now = () => new Date(t);
    const karin = await new Officer('Karin Lindqvist', DEVICES.karin, now).open();
    const bo = await new Officer('Bo Ek', DEVICES.bo, now).open();
    const km = new MemberRepository(karin.db, karin.ctx);
    const bm = new MemberRepository(bo.db, bo.ctx);
    const add = (name: string) => km.add({ ...emptyMember('person'), name, email: `${name.split(' ')[0]!.toLowerCase()}@exempel.se`, status: 'active' });
    const anna = await add('Anna Andersson');
    const erik = await add('Erik Johansson');
    await add('Gunnel Åberg');
    // Bo's last sync: he has all three.
    await applyMerged(bo.db, bo.ctx, await bo.state(), await karin.state(), [], whoFrom({}, bo.ctx));
    const run = { finishedAt: '', path: '/delad/Föreningen.kansli', in: {}, out: {}, written: true, conflicts: 0, copiesMerged: 0, copiesSkipped: 0, quarantined: 0, changes: [] };
    await syncRunsTable(bo.db).add({ ...run, at: new Date(t).toISOString(), status: 'ok' });

    t = T0 + 2 * DAY;
    await km.remove(anna.id);
    await km.remove(erik.id);
    t = T0 + 40 * DAY;
    await bm.update(erik.id, { email: 'erik.johansson@telia.com' });
    t = T0 + 41 * DAY;
    await bm.add({ ...emptyMember('person'), name: 'Örjan Lindqvist', status: 'active' });

    // Fourteen months on, Karin syncs: the tombstones expire from her database and the file.
    t = T0 + 430 * DAY;
    const file = await afterMerge(karin.db, karin.ctx, await karin.state(), t);
    expect(file.expired.sort()).toEqual([`members/${anna.id}`, `members/${erik.id}`].sort());
    expect(await karin.db.table('members').count()).toBe(1);

    // Bo returns.
    expect(await needsFullRead(bo.db, t)).toBe(true);
    const before = await beforeMerge(bo.db, await bo.state(), file.state, t);
    expect(before.staleSince).toBe(T0);
    expect(before.dropped).toEqual([`members/${anna.id}`]);
    expect(staleRunMessage(before.staleSince!, before.dropped.length)).toBe('Den här datorn hade inte synkroniserat sedan 2025-01-15 – längre än Kansli minns borttagningar (400 dagar). En post som andra tagit bort under tiden togs bort här också. Det du själv ändrat sedan dess finns kvar; ändringar i borttagna poster visas som konflikter.');
    const merged = mergeWithErasure(before.local, file.state);
    const after = await afterMerge(bo.db, bo.ctx, merged.state, t);
    const rows = before.conflicts.map((c) => conflictRow(c, 'delete', 'Erik Johansson', whoFrom({}, bo.ctx), new Date(t).toISOString()));
    await applyMerged(bo.db, bo.ctx, before.local, after.state, rows, whoFrom({}, bo.ctx));

    expect((await bm.list()).map((m) => m.name).sort()).toEqual(['Erik Johansson', 'Gunnel Åberg', 'Örjan Lindqvist']);
    expect((await bm.get(erik.id))!.email).toBe('erik.johansson@telia.com');
    expect((await bo.conflicts()).map((c) => [c.recordId, c.kind, c.kept.value])).toEqual([[erik.id, 'delete', { email: 'erik.johansson@telia.com' }]]);
    expect(await bo.db.table('members').get(anna.id)).toBeUndefined();
  });

  it('a computer that synced within the keep time changes nothing', async () => {
    const t = Date.UTC(2026, 2, 2);
    const bo = await new Officer('Bo Ek', DEVICES.bo, () => new Date(t)).open();
    const run = { finishedAt: '', path: '/delad/Föreningen.kansli', in: {}, out: {}, written: true, conflicts: 0, copiesMerged: 0, copiesSkipped: 0, quarantined: 0, changes: [] };
    await syncRunsTable(bo.db).add({ ...run, at: new Date(t - 30 * DAY).toISOString(), status: 'ok' });
    const local = await bo.state();
    expect(await needsFullRead(bo.db, t)).toBe(false);
    const r = await beforeMerge(bo.db, local, { records: {} }, t);
    expect(r.local).toBe(local);
    expect(r.staleSince).toBeUndefined();
  });
});
