// Three officers' computers (each its own Dexie database) syncing through one encrypted in-memory
// file in random orders: they always end with the same data as the file, and every value anyone
// wrote is either still there, was knowingly replaced or deleted, or is in someone's conflict list.
import { afterEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readSyncFile } from '../../../renderer/src/domain/sync/file';
import { DELETED_FIELD } from '../../../renderer/src/domain/sync/types';
import { isLive } from '../../../renderer/src/domain/sync/merge';
import { conflictsTable, type ConflictRow } from '../../../renderer/src/db/sync/tables';
import { MemoryFolder } from './memoryIo';
import { closeAll, DEVICES, Officer } from './officer';

afterEach(closeAll);

const WHO = [DEVICES.karin, DEVICES.bo, DEVICES.sara];
const IDS = ['c0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000002'];
const FIELDS = ['name', 'note', 'fee'] as const;

type Op =
  | { kind: 'edit'; who: number; record: number; field: number }
  | { kind: 'delete' | 'sync'; who: number; record: number }
  | { kind: 'wait'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), who: fc.nat(2), record: fc.nat(1), field: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), who: fc.nat(2), record: fc.nat(1) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), who: fc.nat(2), record: fc.constant(0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 5000 }) }) },
);

type Write = { id: string; record: string; field?: string; value?: unknown; knew: Set<string> };

async function run(ops: Op[], skews: number[]) {
  let t = Date.UTC(2026, 2, 1, 17);
  const folder = new MemoryFolder();
  const officers = await Promise.all(WHO.map((d, i) => new Officer(`Officer ${i}`, d, () => new Date(t + skews[i]!)).open()));
  for (const o of officers) o.session.passphrase = 'styrelsens fras';
  let created = false;
  let fileKnows = new Set<string>();
  const knows = officers.map(() => new Set<string>());
  const writes: Write[] = [];
  let n = 0;
  const sync = async (i: number) => {
    await officers[i]!.sync(folder, created ? 'sync' : 'create');
    created = true;
    fileKnows = new Set([...fileKnows, ...knows[i]!]);
    knows[i] = new Set(fileKnows);
  };
  for (const op of ops) {
    if (op.kind === 'wait') { t += op.ms; continue; }
    if (op.kind === 'sync') { await sync(op.who); continue; }
    const o = officers[op.who]!;
    const id = IDS[op.record]!;
    const raw = await o.db.table('categories').get(id);
    const write = (w: Omit<Write, 'knew'>) => {
      writes.push({ ...w, knew: new Set(knows[op.who]) });
      knows[op.who]!.add(w.id);
    };
    if (op.kind === 'edit') {
      const field = FIELDS[op.field]!;
      const value = field === 'fee' ? 100 * ++n : `${op.who}#${++n}`;
      if (!raw) {
        await o.categories.create({ name: `ny ${n}`, [field]: value }, id);
        write({ id: `create#${n}`, record: id, field: 'name', value: `ny ${n}` });
        if (field !== 'name') write({ id: `w#${n}`, record: id, field, value });
        else writes[writes.length - 1]!.value = value;
      } else if (await o.categories.get(id)) {
        await o.categories.update(id, { [field]: value });
        write({ id: `w#${n}`, record: id, field, value });
      }
    } else if (op.kind === 'delete' && (await o.categories.get(id))) {
      await o.categories.remove(id);
      write({ id: `delete#${++n}`, record: id });
    }
  }
  if (!created) return;
  for (let round = 0; round < 2; round++) for (let i = 0; i < officers.length; i++) await sync(i);

  const file = await readSyncFile(folder.main!, { passphrase: 'styrelsens fras' });
  const states = await Promise.all(officers.map((o) => o.state()));
  for (const s of states) expect(s).toEqual(file.state);

  const told: ConflictRow[] = (await Promise.all(officers.map((o) => conflictsTable(o.db).toArray()))).flat();
  for (const w of writes) {
    const rec = file.state.records[`categories/${w.record}`];
    if (!rec) continue;
    if (!w.field) {
      if (!isLive(rec) || writes.some((o) => o.record === w.record && o.knew.has(w.id))) continue;
      expect(told.some((c) => c.recordId === w.record && c.field === DELETED_FIELD && c.kept.value !== null)).toBe(true);
      continue;
    }
    if (isLive(rec) && rec.fields[w.field]?.value === w.value) continue;
    if (writes.some((o) => o.record === w.record && (o.field === w.field || !o.field) && o.knew.has(w.id))) continue;
    const reported = told.some((c) => c.recordId === w.record && (
      (c.field === w.field && c.lost.value === w.value)
      || (c.field === DELETED_FIELD && c.lost.value !== null && typeof c.lost.value === 'object' && (c.lost.value as Record<string, unknown>)[w.field!] === w.value)));
    expect(reported, `value ${String(w.value)} of ${w.field} lost without a word`).toBe(true);
  }
}

describe('three officers syncing through one file, in random orders', () => {
  it('converge on the file\'s state and lose no value silently', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 24 }), fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: 3, maxLength: 3 }), async (ops, skews) => {
        try {
          await run(ops, skews);
        } finally {
          await closeAll();
        }
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
