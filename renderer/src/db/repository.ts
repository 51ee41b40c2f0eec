// Every write goes through a repository: it stamps the change, logs who changed which fields,
// and writes record, log and clock in one transaction, so a crash leaves all or nothing.
import type { Table } from 'dexie';
import type { KansliDb } from './schema';
import { persistClock, type DeviceContext } from './context';
import { isLive, stampCreate, stampDelete, stampUpdate, type StampContext, type Stamped } from './stamp';

export class NotFoundError extends Error {}

export class Repository<T extends object> {
  constructor(
    protected readonly db: KansliDb,
    protected readonly table: Table<T & Stamped, string>,
    protected readonly ctx: DeviceContext,
  ) {}

  protected stampContext(): StampContext {
    return { deviceId: this.ctx.deviceId, clock: this.ctx.clock.tick(), now: this.ctx.now().toISOString() };
  }

  async get(id: string): Promise<(T & Stamped) | undefined> {
    const r = await this.table.get(id);
    return r && isLive(r) ? r : undefined;
  }

  async list(): Promise<(T & Stamped)[]> {
    return (await this.table.toArray()).filter(isLive);
  }

  async create(data: T, id: string = crypto.randomUUID()): Promise<T & Stamped> {
    return this.write(async () => {
      const s = this.stampContext();
      const record = stampCreate(data, s, id);
      await this.table.add(record);
      await this.log(record.id, 'create', Object.keys(record.clocks), s);
      return record;
    });
  }

  async update(id: string, patch: Partial<T>): Promise<T & Stamped> {
    return this.write(async () => {
      const prev = await this.table.get(id);
      if (!prev || !isLive(prev)) throw new NotFoundError(`${this.table.name}/${id}`);
      const s = this.stampContext();
      const { next, changed } = stampUpdate(prev, patch, s);
      if (changed.length === 0) return prev;
      await this.table.put(next);
      await this.log(id, 'update', changed, s);
      return next;
    });
  }

  /** Deletes by tombstone: the record stays, marked, so the deletion can be synced. */
  async remove(id: string): Promise<void> {
    await this.write(async () => {
      const prev = await this.table.get(id);
      if (!prev || !isLive(prev)) return;
      const s = this.stampContext();
      await this.table.put(stampDelete(prev, s));
      await this.log(id, 'delete', [], s);
    });
  }

  protected async write<R>(fn: () => Promise<R>): Promise<R> {
    return this.db.transaction('rw', [this.table, this.db.changes, this.db.meta], async () => {
      const result = await fn();
      await persistClock(this.db, this.ctx);
      return result;
    });
  }

  private async log(recordId: string, kind: 'create' | 'update' | 'delete', fields: string[], s: StampContext): Promise<void> {
    await this.db.changes.add({ table: this.table.name, recordId, kind, fields, clock: s.clock, deviceId: s.deviceId, userName: this.ctx.userName, at: s.now });
  }
}
