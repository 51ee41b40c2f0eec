// Carrying out an import plan: every new category, new member and update in one transaction (a
// failure half-way leaves the register as it was), stamped and logged like any other write,
// and recorded in `imports` with what it did, so the whole import can be undone.
import type { Table } from 'dexie';
import type { BatchChangeEntry, ChangeEntry, KansliDb } from '../schema';
import { persistClock, type DeviceContext } from '../context';
import { isLive, stampCreate, stampDelete, stampUpdate, type StampContext, type Stamped } from '../stamp';
import { uuidSource, type ImportPlan } from '../../domain/members/importPlan';
import type { Category, Member } from '../../domain/members/model';

type StoredMember = Member & Stamped;
type StoredCategory = Category & Stamped;

export type MemberImportRecord = {
  id: string;
  kind: 'members';
  /** Full ISO time. */
  at: string;
  fileName: string;
  userName: string;
  counts: { added: number; updated: number; rejected: number };
  created: string[];
  createdCategories: string[];
  /** Per updated member, the fields before and after, to undo only what is still as imported. */
  updated: { id: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
  undoneAt?: string;
  /** Fields not restored by the undo because someone had changed them since. */
  undoSkipped?: number;
};

export type ImportProgress = (done: number, total: number) => void;

const CHUNK = 200;
const HIGH_WATER = 'members.highestNumber';

export class MemberImportRepository {
  private readonly members: Table<StoredMember, string>;
  private readonly categories: Table<StoredCategory, string>;
  private readonly imports: Table<MemberImportRecord, string>;

  constructor(private readonly db: KansliDb, private readonly ctx: DeviceContext) {
    this.members = db.table('members');
    this.categories = db.table('categories');
    this.imports = db.table('imports');
  }

  private stamp(): StampContext {
    return { deviceId: this.ctx.deviceId, clock: this.ctx.clock.tick(), now: this.ctx.now().toISOString() };
  }

  private change(table: string, recordId: string, kind: ChangeEntry['kind'], fields: string[], s: StampContext): ChangeEntry {
    return { table, recordId, kind, fields, clock: s.clock, deviceId: s.deviceId, userName: this.ctx.userName, at: s.now };
  }

  /** One change-log row for a chunk's records of one kind (see BatchChangeEntry). */
  private batch(kind: ChangeEntry['kind'], recordIds: string[], fieldsOf: string[][], first: StampContext, last: StampContext): BatchChangeEntry {
    return { table: 'members', recordIds, fieldsOf, kind, clock: last.clock, deviceId: first.deviceId, userName: this.ctx.userName, at: first.now };
  }

  private transaction<R>(fn: () => Promise<R>): Promise<R> {
    return this.db.transaction('rw', [this.members, this.categories, this.imports, this.db.changes, this.db.meta], async () => {
      const result = await fn();
      await persistClock(this.db, this.ctx);
      return result;
    });
  }

  /**
   * Adds and updates as planned; rows to reject or leave unchanged are not touched.
   *
   * The records are built chunk by chunk. A chunk's members and its change-log rows (one for its
   * new members, one for its updated ones: BatchChangeEntry) are sent together,
   * and the next chunk is stamped while the database writes this one: waiting for each write before
   * building the next left the page and the database idle in turn. At most one chunk is in flight,
   * since Chromium's IndexedDB spends more per request with thousands of requests queued at once.
   * `onProgress` reports each chunk once it is written.
   */
  async apply(plan: ImportPlan, fileName: string, onProgress?: ImportProgress): Promise<MemberImportRecord> {
    const work = plan.rows.filter((r) => r.action === 'add' || r.action === 'update');
    return this.transaction(async () => {
      const record: MemberImportRecord = {
        id: crypto.randomUUID(), kind: 'members', at: this.ctx.now().toISOString(), fileName, userName: this.ctx.userName,
        counts: { added: 0, updated: 0, rejected: plan.counts.reject }, created: [], createdCategories: [], updated: [],
      };
      const categoryIds = await this.createCategories(plan.newCategories, record);
      const last = await this.members.orderBy('memberNumber').last();
      const mark = await this.db.meta.get(HIGH_WATER);
      let highest = Math.max(last?.memberNumber ?? 0, typeof mark?.value === 'number' ? mark.value : 0);
      // Numbers the file gives are taken first, so the numbers handed out never collide with them.
      for (const r of work) if (r.action === 'add' && r.fields.memberNumber) highest = Math.max(highest, r.fields.memberNumber);

      // Every member to update, read at once and checked before anything is written.
      const toUpdate = work.filter((r) => r.action === 'update').map((r) => r.matchId!);
      const byId = new Map<string, StoredMember>();
      if (toUpdate.length > 0) for (const m of await this.members.bulkGet(toUpdate)) if (m) byId.set(m.id, m);
      for (const r of work) {
        if (r.action !== 'update') continue;
        const prev = byId.get(r.matchId!);
        if (!prev || !isLive(prev)) throw new Error(`Medlemmen på rad ${r.row} har tagits bort under importen – gör om förhandsgranskningen`);
      }

      const newId = uuidSource();
      let inFlight: Promise<unknown> | undefined;
      for (let start = 0; start < work.length; start += CHUNK) {
        const end = Math.min(start + CHUNK, work.length);
        const adds: StoredMember[] = [];
        const puts: StoredMember[] = [];
        const added: { ids: string[]; fields: string[][] } = { ids: [], fields: [] };
        const updated: { ids: string[]; fields: string[][] } = { ids: [], fields: [] };
        let first: StampContext | undefined;
        let s: StampContext | undefined;
        for (let i = start; i < end; i++) {
          const r = work[i]!;
          s = this.stamp();
          first ??= s;
          const fields = { ...r.fields };
          if (r.newCategory) fields.categoryId = categoryIds.get(r.newCategory.toLowerCase());
          if (r.action === 'add') {
            fields.memberNumber ??= ++highest;
            const m = stampCreate(fields as Member, s, newId());
            adds.push(m);
            added.ids.push(m.id);
            added.fields.push(Object.keys(m.clocks));
            record.created.push(m.id);
          } else {
            const prev = byId.get(r.matchId!)!;
            const { next, changed } = stampUpdate(prev, fields, s);
            if (changed.length === 0) continue;
            // A later row of the file that updates the same member builds on this one.
            byId.set(prev.id, next);
            puts.push(next);
            updated.ids.push(prev.id);
            updated.fields.push(changed);
            const before: Record<string, unknown> = {};
            const after: Record<string, unknown> = {};
            for (const k of changed) {
              before[k] = (prev as Record<string, unknown>)[k];
              after[k] = (next as Record<string, unknown>)[k];
            }
            record.updated.push({ id: prev.id, before, after });
          }
        }
        await inFlight;
        const writes: Promise<unknown>[] = [];
        if (adds.length > 0) writes.push(this.members.bulkAdd(adds));
        if (puts.length > 0) writes.push(this.members.bulkPut(puts));
        const log: BatchChangeEntry[] = [];
        if (added.ids.length > 0) log.push(this.batch('create', added.ids, added.fields, first!, s!));
        if (updated.ids.length > 0) log.push(this.batch('update', updated.ids, updated.fields, first!, s!));
        if (log.length > 0) writes.push(this.db.changeLog.bulkAdd(log));
        inFlight = Promise.all(writes).then(() => onProgress?.(end, work.length));
      }
      await inFlight;
      await this.db.meta.put({ key: HIGH_WATER, value: highest });
      record.counts.added = record.created.length;
      record.counts.updated = record.updated.length;
      await this.imports.add(record);
      return record;
    });
  }

  private async createCategories(names: readonly string[], record: MemberImportRecord): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (names.length === 0) return ids;
    const all = await this.categories.toArray();
    let order = all.reduce((max, c) => Math.max(max, c.order), 0);
    for (const name of names) {
      const s = this.stamp();
      const c = stampCreate<Category>({ name, feeOre: 0, order: ++order }, s, crypto.randomUUID());
      await this.categories.add(c);
      await this.db.changes.add(this.change('categories', c.id, 'create', Object.keys(c.clocks), s));
      ids.set(name.toLowerCase(), c.id);
      record.createdCategories.push(c.id);
    }
    return ids;
  }

  /** Members' imports, newest first. */
  async list(): Promise<MemberImportRecord[]> {
    const all = await this.imports.where('kind').equals('members').toArray();
    return all.sort((a, b) => b.at.localeCompare(a.at));
  }

  /**
   * Undoes an import: its new members are deleted (their numbers stay used), and updated fields
   * get their old values back – unless someone has changed the field since, which is kept and
   * counted in `undoSkipped`.
   */
  async undo(importId: string): Promise<MemberImportRecord> {
    return this.transaction(async () => {
      const record = await this.imports.get(importId);
      if (!record) throw new Error('Importen finns inte längre');
      if (record.undoneAt) return record;
      let skipped = 0;
      const log: ChangeEntry[] = [];
      const created = await this.members.bulkGet(record.created);
      const removed = created.filter((m): m is StoredMember => m !== undefined && isLive(m)).map((m) => {
        const s = this.stamp();
        log.push(this.change('members', m.id, 'delete', [], s));
        return stampDelete(m, s);
      });
      await this.members.bulkPut(removed);
      for (const u of record.updated) {
        const m = await this.members.get(u.id);
        if (!m || !isLive(m)) continue;
        const patch: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(u.before)) {
          if (JSON.stringify((m as Record<string, unknown>)[k]) === JSON.stringify(u.after[k])) patch[k] = v;
          else skipped++;
        }
        const s = this.stamp();
        const { next, changed } = stampUpdate(m, patch as Partial<Member>, s);
        if (changed.length === 0) continue;
        await this.members.put(next);
        log.push(this.change('members', m.id, 'update', changed, s));
      }
      for (const id of record.createdCategories) {
        const c = await this.categories.get(id);
        const used = (await this.members.where('categoryId').equals(id).toArray()).some(isLive);
        if (!c || !isLive(c) || used) continue;
        const s = this.stamp();
        await this.categories.put(stampDelete(c, s));
        log.push(this.change('categories', id, 'delete', [], s));
      }
      await this.db.changes.bulkAdd(log);
      const done = { ...record, undoneAt: this.ctx.now().toISOString(), undoSkipped: skipped };
      await this.imports.put(done);
      return done;
    });
  }
}
