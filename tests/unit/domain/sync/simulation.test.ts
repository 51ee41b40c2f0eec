// Officers working on their own computers and syncing through one shared file, at random.
// The ground truth of who had seen what is tracked beside the replicas, independently of the
// merge's own causal metadata, to check what the merge tells the officers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DELETED_FIELD, isLive, type Conflict } from '../../../../renderer/src/domain/sync/merge';
import { Replica, SharedFile } from './replica';

const DEVICES = ['anna', 'bo', 'cecilia'];
const RECORDS = ['m1', 'm2'];
const FIELDS = ['name', 'email', 'city'];

type Op =
  | { kind: 'edit'; who: number; record: number; field: number }
  | { kind: 'delete' | 'restore' | 'sync'; who: number; record: number }
  | { kind: 'wait'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), who: fc.nat(2), record: fc.nat(1), field: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), who: fc.nat(2), record: fc.nat(1) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), who: fc.nat(2), record: fc.constant(0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 4000 }) }) },
);

type Write = { id: string; record: string; field?: string; knew: Set<string> };

function simulate(ops: Op[], skews: number[], turns: boolean) {
  let t = Date.UTC(2025, 4, 20, 17, 0);
  const file = new SharedFile();
  let fileKnows = new Set<string>();
  const replicas = DEVICES.map((d, i) => new Replica(d, () => t + skews[i]!));
  const knows = replicas.map(() => new Set<string>());
  const writes: Write[] = [];
  let n = 0;
  const sync = (i: number) => {
    replicas[i]!.sync(file);
    fileKnows = new Set([...fileKnows, ...knows[i]!]);
    knows[i] = new Set(fileKnows);
  };
  for (const op of ops) {
    if (op.kind === 'wait') { t += op.ms; continue; }
    const r = replicas[op.who]!;
    if (turns) sync(op.who);
    const id = RECORDS[op.record]!;
    const rec = r.record('members', id);
    const write = (w: Omit<Write, 'knew'>) => {
      writes.push({ ...w, knew: new Set(knows[op.who]) });
      knows[op.who]!.add(w.id);
    };
    if (op.kind === 'edit' && (!rec || isLive(rec))) {
      const value = `${DEVICES[op.who]}#${++n}`;
      r.edit('members', id, FIELDS[op.field]!, value);
      write({ id: value, record: id, field: FIELDS[op.field]! });
    } else if (op.kind === 'delete' && rec && isLive(rec)) {
      r.remove('members', id);
      write({ id: `delete#${++n}`, record: id });
    } else if (op.kind === 'restore' && rec && !isLive(rec)) {
      const value = `${DEVICES[op.who]}#${++n}`;
      r.edit('members', id, 'name', value, { restore: true });
      write({ id: value, record: id, field: 'name' });
    } else if (op.kind === 'sync') {
      sync(op.who);
    }
    if (turns) sync(op.who);
  }
  for (let round = 0; round < 2; round++) for (let i = 0; i < replicas.length; i++) sync(i);
  return { file, replicas, writes };
}

function reported(told: Conflict[], w: Write, value: string): boolean {
  return told.some((c) => c.id === w.record && (
    (c.field === w.field && c.lost.value === value)
    || (c.field === DELETED_FIELD && c.lost.value !== null && typeof c.lost.value === 'object'
      && (c.lost.value as Record<string, unknown>)[w.field!] === value)));
}

const skewsArb = fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: 3, maxLength: 3 });

describe('officers syncing through one file', () => {
  it('never see a conflict when they take turns (sync, edit, sync)', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 40 }), skewsArb, (ops, skews) => {
      const { replicas } = simulate(ops, skews, true);
      for (const r of replicas) expect(r.told).toEqual([]);
    }), { numRuns: 300 });
  });

  it('converge, and every value is shown, knowingly replaced or deleted, or reported to someone', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 40 }), skewsArb, (ops, skews) => {
      const { file, replicas, writes } = simulate(ops, skews, false);
      for (const r of replicas) expect(r.state).toEqual(file.state);
      const told = replicas.flatMap((r) => r.told);
      for (const w of writes) {
        const rec = file.state.records[`members/${w.record}`]!;
        if (!w.field) {
          // A deletion undone by an edit made without knowing of it must be reported as well.
          if (!isLive(rec) || writes.some((o) => o.record === w.record && o.knew.has(w.id))) continue;
          expect(told.some((c) => c.id === w.record && c.field === DELETED_FIELD && c.lost.value === null)).toBe(true);
          continue;
        }
        if (isLive(rec) && rec.fields[w.field]?.value === w.id) continue;
        const replacedKnowingly = writes.some((o) => o.record === w.record && (o.field === w.field || !o.field) && o.knew.has(w.id));
        if (replacedKnowingly) continue;
        expect(reported(told, w, w.id)).toBe(true);
      }
    }), { numRuns: 300 });
  });
});
