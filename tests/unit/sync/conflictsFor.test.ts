import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { conflictsTable, openConflictsForAny, type ConflictRow } from '../../../renderer/src/db/sync/tables';

const dbs: KansliDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function conflict(table: string, recordId: string, field: string, resolved: 0 | 1 = 0): ConflictRow {
  const side = (value: string, clock: string) => ({ value, clock, by: 'Karin Kassör' });
  return {
    id: `${table}/${recordId}/${field}/c1`, table, recordId, field, kind: 'edit', label: 'Styrelsemöte 3 mars',
    kept: side('Beslutades att anta budgeten.', '001772359200000-0001-a'), lost: side('Beslutades att bordlägga budgeten.', '001772359200000-0000-b'),
    detectedAt: '2026-03-04T10:00:00Z', resolved,
  };
}

describe('the open conflicts of a screen that shows several records', () => {
  it('finds a conflict on any paragraph of the minutes, and none that is resolved or elsewhere', async () => {
    const db = new KansliDb(`conflicts-for-${Math.random()}`);
    dbs.push(db);
    await db.open();
    await conflictsTable(db).bulkAdd([
      conflict('agendaItems', 'p3', 'notes'),
      conflict('agendaItems', 'p4', 'notes', 1),
      conflict('minutes', 'm1', 'chair'),
      conflict('agendaItems', 'other-meeting', 'notes'),
      conflict('members', 'p3', 'phone'),
    ]);
    const open = await openConflictsForAny(db, [
      { table: 'minutes', recordId: 'm1' },
      { table: 'agendaItems', recordId: 'p3' },
      { table: 'agendaItems', recordId: 'p4' },
    ]);
    expect(open.map((c) => c.id).sort()).toEqual(['agendaItems/p3/notes/c1', 'minutes/m1/chair/c1']);
    expect(await openConflictsForAny(db, [])).toEqual([]);
  });
});
