import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext } from '../../../renderer/src/db/context';
import { BylawError, bylawRepositories } from '../../../renderer/src/db/bylaws/repositories';
import { bylawsTemplate } from '../../../renderer/src/domain/bylaws/template';
import { insertSection } from '../../../renderer/src/domain/bylaws/model';
import type { Decision } from '../../../renderer/src/domain/bylaws/proposal';

let n = 0;
const dbs: KansliDb[] = [];
async function setup() {
  const db = new KansliDb(`bylaws-${++n}`);
  dbs.push(db);
  await db.open();
  const ctx = await openDeviceContext(db, 'dev-1', 'Sekreteraren');
  return { db, ...bylawRepositories(db, ctx) };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const decision = (id: string, date: string, meeting: string, paragraph: string): Decision => ({ id, date, meeting, paragraph, outcome: 'approved' });

async function adoptedTemplate() {
  const r = await setup();
  const t = bylawsTemplate({ name: 'Smålands Spelutvecklare', seat: 'Växjö' });
  const draft = await r.versions.create({ title: t.title, sections: t.sections, status: 'draft', source: 'template' });
  const v1 = await r.versions.adoptDraft(draft.id, decision('k', '2024-03-12', 'Konstituerande möte', '7'), t.title);
  return { ...r, v1 };
}

describe('bylaw versions and proposals', () => {
  it('a draft adopted at the constituting meeting becomes the bylaws in force', async () => {
    const { versions, v1 } = await adoptedTemplate();
    expect((await versions.current())?.id).toBe(v1.id);
    expect(v1).toMatchObject({ status: 'adopted', adoptedDate: '2024-03-12', summary: 'Stadgarna antogs.' });
    await expect(versions.adoptDraft(v1.id, decision('x', '2024-04-01', 'Årsmöte', '3'), 'X')).rejects.toThrow(BylawError);
  });

  it('an amendment decided at two meetings becomes a new version; the old one is kept unchanged', async () => {
    const { db, versions, proposals, v1 } = await adoptedTemplate();
    const p = await proposals.propose(v1, { title: 'Hedersmedlemmar', kind: 'board', requirement: { meetings: 2, majority: 'two-thirds' } });
    const { sections } = insertSection(p.sections, 4);
    await proposals.update(p.id, { sections: sections.map((s, i) => (i === 5 ? { ...s, heading: 'Hedersmedlemmar', text: 'Årsmötet får utse hedersmedlemmar.' } : s)) });

    await proposals.update(p.id, { decisions: [decision('1', '2025-03-20', 'Årsmöte 2025', '12')] });
    await expect(proposals.adopt(p.id, versions, v1.title)).rejects.toMatchObject({ code: 'not-ready' });
    await proposals.update(p.id, { decisions: [decision('1', '2025-03-20', 'Årsmöte 2025', '12'), decision('2', '2025-06-11', 'Extra årsmöte', '4')] });
    const v2 = await proposals.adopt(p.id, versions, v1.title);

    expect(v2).toMatchObject({ adoptedDate: '2025-06-11', source: 'proposal', proposalId: p.id, summary: 'Ny § 6 samt omnumrering av övriga paragrafer.' });
    expect(v2.decisions!.map((d) => d.id)).toEqual(['1', '2']);
    expect((await versions.current())?.id).toBe(v2.id);
    expect(await proposals.get(p.id)).toMatchObject({ status: 'adopted', adoptedVersionId: v2.id });
    const old = await versions.get(v1.id);
    expect(old?.sections).toHaveLength(17);
    expect(v2.sections).toHaveLength(18);
    // Both writes are in the change log, for the history and for sync.
    const log = await db.changes.toArray();
    expect(log.filter((c) => c.table === 'bylawVersions' && c.kind === 'create')).toHaveLength(2);
    expect(log.some((c) => c.table === 'bylawProposals' && c.fields.includes('adoptedVersionId'))).toBe(true);
  });

  it('refuses to adopt a proposal written against bylaws that have since changed', async () => {
    const { versions, proposals, v1 } = await adoptedTemplate();
    const one = { meetings: 1 as const, majority: 'simple' as const };
    const a = await proposals.propose(v1, { title: 'A', kind: 'board', requirement: one, decisions: [decision('a', '2025-03-20', 'Årsmöte', '10')] });
    const b = await proposals.propose(v1, { title: 'B', kind: 'motion', requirement: one, decisions: [decision('b', '2025-03-20', 'Årsmöte', '11')] });
    await proposals.update(a.id, { sections: a.sections.map((s, i) => (i === 0 ? { ...s, text: 'Ändrad.' } : s)) });
    await proposals.adopt(a.id, versions, 'Stadgar');
    await expect(proposals.adopt(b.id, versions, 'Stadgar')).rejects.toMatchObject({ code: 'stale-base' });
    expect(await proposals.get(b.id)).toMatchObject({ status: 'open' });
  });
});
