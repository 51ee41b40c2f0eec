// The association's member categories, each with its current fee. A default set is created the
// first time the register is opened, with fixed ids (see DEFAULT_CATEGORIES), and only once: an
// association that deletes them all does not get them back.
import { Repository } from '../repository';
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import type { Stamped } from '../stamp';
import { isLive } from '../stamp';
import { DEFAULT_CATEGORIES, type Category, type CategoryRecord } from '../../domain/members/model';

const SEEDED = 'members.categoriesSeeded';

export class CategoryInUseError extends Error {
  constructor(readonly count: number) {
    super(`category used by ${count} members`);
  }
}

export class CategoryRepository extends Repository<Category> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('categories'), ctx);
  }

  /** Live categories in their order. */
  async ordered(): Promise<(CategoryRecord & Stamped)[]> {
    const all = await this.list();
    return all.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'sv'));
  }

  async ensureDefaults(): Promise<void> {
    await this.write(async () => {
      if ((await this.db.meta.get(SEEDED)) || (await this.table.count()) > 0) return;
      for (const c of DEFAULT_CATEGORIES) {
        const { id, ...data } = c;
        await this.create(data, id);
      }
      await this.db.meta.put({ key: SEEDED, value: true });
    });
  }

  async add(name: string, feeOre: number): Promise<CategoryRecord & Stamped> {
    const all = await this.table.toArray();
    const order = all.reduce((max, c) => Math.max(max, c.order), 0) + 1;
    return this.create({ name: name.trim(), feeOre, order });
  }

  /** Refuses to delete a category that members still have. */
  async removeUnused(id: string): Promise<void> {
    const members = this.db.table('members');
    await this.db.transaction('rw', [this.table, members, this.db.changes, this.db.meta], async () => {
      const using = (await members.where('categoryId').equals(id).toArray()).filter(isLive);
      if (using.length > 0) throw new CategoryInUseError(using.length);
      await this.remove(id);
    });
  }
}
