// The fee decision per year and category: one record each, with a fixed id per pair, so two
// officers who set the same category's fee on two computers edit one record, not two.
import { Repository } from '../repository';
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import type { Stamped } from '../stamp';
import type { FeeSchedule } from '../../domain/fees/schedule';

export type StoredSchedule = FeeSchedule & Stamped;

export const scheduleId = (year: number, categoryId: string) => `fee-${year}-${categoryId}`;

export class FeeScheduleRepository extends Repository<FeeSchedule> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('feeSchedules'), ctx);
  }

  async forYear(year: number): Promise<StoredSchedule[]> {
    return (await this.list()).filter((s) => s.year === year);
  }

  /** Creates or updates the year's fee for a category. */
  async set(s: FeeSchedule): Promise<StoredSchedule> {
    const id = scheduleId(s.year, s.categoryId);
    return this.write(async () => {
      const prev = await this.table.get(id);
      if (prev && !prev.deleted) return this.update(id, s);
      if (prev) await this.table.delete(id);
      return this.create(s, id);
    });
  }
}
