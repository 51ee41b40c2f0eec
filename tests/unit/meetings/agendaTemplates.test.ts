import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext } from '../../../renderer/src/db/context';
import { AgendaTemplateRepository, TemplateError } from '../../../renderer/src/db/meetings/agendaTemplates';
import { checkTemplate } from '../../../renderer/src/domain/meetings/ownTemplates';

let n = 0;
const dbs: KansliDb[] = [];
async function setup() {
  const db = new KansliDb(`agenda-templates-${++n}`);
  dbs.push(db);
  await db.open();
  const ctx = await openDeviceContext(db, 'dev-1', 'Erik Berg');
  return { db, repo: new AgendaTemplateRepository(db, ctx) };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const board = ['Mötets öppnande', 'Val av justerare', '  ', 'Ekonomisk rapport', 'Mötets avslutande'];

describe('the association’s own agenda templates', () => {
  it('saves a template as a synced record, without empty items, listed by Swedish name order', async () => {
    const { db, repo } = await setup();
    await repo.save({ name: 'Vårt styrelsemöte', items: board, kind: 'board' });
    await repo.save({ name: 'Årsmöte enligt stadgarna', items: ['Mötets öppnande'] });
    await repo.save({ name: 'Arbetsgruppsmöte', items: ['Runda'] });
    expect((await repo.all()).map((t) => t.name)).toEqual(['Arbetsgruppsmöte', 'Vårt styrelsemöte', 'Årsmöte enligt stadgarna']);
    const saved = (await repo.all())[1]!;
    expect(saved.items).toEqual(['Mötets öppnande', 'Val av justerare', 'Ekonomisk rapport', 'Mötets avslutande']);
    expect(saved.clocks.items).toBeTruthy();
    expect(await db.table('changes').where('[table+recordId]').equals(['agendaTemplates', saved.id]).count()).toBe(1);
  });

  it('refuses a name already taken (whatever the case), an empty name and a template without items', async () => {
    const { repo } = await setup();
    await repo.save({ name: 'Vårt styrelsemöte', items: board });
    await expect(repo.save({ name: ' vårt  STYRELSEMÖTE ', items: board })).rejects.toEqual(new TemplateError('nameTaken'));
    await expect(repo.save({ name: '  ', items: board })).rejects.toEqual(new TemplateError('nameRequired'));
    await expect(repo.save({ name: 'Tom', items: ['', ' '] })).rejects.toEqual(new TemplateError('noItems'));
    expect(checkTemplate({ name: 'x'.repeat(121), items: ['a'] }, [])).toBe('nameTooLong');
  });

  it('renames (to its own name in another case too) and deletes with a tombstone', async () => {
    const { db, repo } = await setup();
    const a = await repo.save({ name: 'Styrelsemöte kort', items: board });
    await repo.save({ name: 'Årsmöte', items: board });
    await expect(repo.rename(a.id, 'årsmöte')).rejects.toEqual(new TemplateError('nameTaken'));
    await repo.rename(a.id, 'Styrelsemöte, kort');
    await repo.rename(a.id, 'STYRELSEMÖTE, KORT');
    expect((await repo.get(a.id))?.name).toBe('STYRELSEMÖTE, KORT');
    await repo.remove(a.id);
    expect((await repo.all()).map((t) => t.name)).toEqual(['Årsmöte']);
    expect(((await db.table('agendaTemplates').get(a.id)) as { deleted?: string }).deleted).toBeTruthy();
  });
});
