// Members: creating one gives it the next löpnummer inside the same transaction, so two saves
// never get the same number, and the number is never given again (deleted members keep theirs,
// and a high-water mark survives even a purged tombstone).
import { NotFoundError, Repository } from '../repository';
import { entriesFor, type ChangeEntry, type KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import { isLive, type Stamped } from '../stamp';
import { nextMemberNumber, type Member, type MemberRecord } from '../../domain/members/model';
import { anonymisePatch, canAnonymise } from '../../domain/members/gdpr';

export type StoredMember = Member & Stamped;

const HIGH_WATER = 'members.highestNumber';

export class MemberNumberTakenError extends Error {
  constructor(readonly memberNumber: number) {
    super(`member number ${memberNumber} already used`);
  }
}

export class NotAnonymisableError extends Error {}

export class MemberRepository extends Repository<Member> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('members'), ctx);
  }

  /** The highest number ever given, from the table (tombstones included) and the high-water mark. */
  protected async highestNumber(): Promise<number> {
    const last = await this.table.orderBy('memberNumber').last();
    const mark = await this.db.meta.get(HIGH_WATER);
    return Math.max(last?.memberNumber ?? 0, typeof mark?.value === 'number' ? mark.value : 0);
  }

  protected async markNumber(n: number): Promise<void> {
    const mark = await this.db.meta.get(HIGH_WATER);
    if (typeof mark?.value !== 'number' || mark.value < n) await this.db.meta.put({ key: HIGH_WATER, value: n });
  }

  /** Every number ever given, for the import's "never reused" rule. */
  async usedNumbers(): Promise<number[]> {
    const numbers = (await this.table.orderBy('memberNumber').keys()) as number[];
    const mark = await this.db.meta.get(HIGH_WATER);
    // A purged record leaves only the mark: treat every number up to it as used.
    const highest = typeof mark?.value === 'number' ? mark.value : 0;
    return highest > (numbers[numbers.length - 1] ?? 0) ? [...numbers, highest] : numbers;
  }

  /** Adds a member with the next free löpnummer (or the given one, if it was never used). */
  async add(data: Omit<Member, 'memberNumber'> & { memberNumber?: number }): Promise<StoredMember> {
    return this.write(async () => {
      const highest = await this.highestNumber();
      let memberNumber = data.memberNumber;
      if (memberNumber === undefined) memberNumber = nextMemberNumber([highest]);
      else if ((await this.table.where('memberNumber').equals(memberNumber).count()) > 0) throw new MemberNumberTakenError(memberNumber);
      await this.markNumber(memberNumber);
      return this.create({ ...data, memberNumber });
    });
  }

  /** The member number is the register's own: edits never change it. */
  override async update(id: string, patch: Partial<Member>): Promise<StoredMember> {
    const { memberNumber: _ignored, ...rest } = patch;
    return super.update(id, rest);
  }

  /** Replaces every editable field: fields missing from `next` are cleared. */
  async save(id: string, next: Omit<Member, 'memberNumber'>): Promise<StoredMember> {
    const prev = await this.get(id);
    if (!prev) throw new NotFoundError(`members/${id}`);
    const patch: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(prev.clocks), ...Object.keys(next)])) {
      if (key === 'memberNumber' || key === 'anonymisedAt') continue;
      patch[key] = (next as Record<string, unknown>)[key];
    }
    return this.update(id, patch as Partial<Member>);
  }

  /** Removes personal data of a member who has left; the record and its number stay. */
  async anonymise(id: string): Promise<StoredMember> {
    return this.write(async () => {
      const m = await this.get(id);
      if (!m) throw new NotFoundError(`members/${id}`);
      if (!canAnonymise(m)) throw new NotAnonymisableError('only a member who has left can be anonymised');
      return super.update(id, anonymisePatch(m, this.ctx.now().toISOString()));
    });
  }

  /**
   * Deletes a member. The tombstone travels in the shared file for months (so a computer that was
   * away learns of the deletion), so it must not carry her personal data: the personal fields are
   * cleared first, with clocks before the tombstone's. An unknowing edit elsewhere still revives
   * the record and shows as a delete-versus-edit conflict, as deletions do; unlike anonymising,
   * this is not an erasure that refuses later edits.
   */
  override async remove(id: string): Promise<void> {
    await this.write(async () => {
      const m = await this.get(id);
      if (!m) return;
      const { anonymisedAt: _kept, ...patch } = anonymisePatch(m, this.ctx.now().toISOString());
      if (patch.name !== undefined && patch.name !== m.name) patch.name = `Borttagen medlem nr ${m.memberNumber}`;
      await super.update(id, patch);
      await super.remove(id);
    });
  }

  /** Who changed what and when, newest first. */
  async history(id: string): Promise<ChangeEntry[]> {
    const [single, batches] = await Promise.all([
      this.db.changes.where('[table+recordId]').equals(['members', id]).toArray(),
      // An import's rows, one per chunk of members (BatchChangeEntry).
      this.db.changeLog.where('recordIds').equals(id).toArray(),
    ]);
    const entries = [...single];
    for (const row of batches) entries.push(...entriesFor(row, 'members', id));
    return entries.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  }

  async liveMembers(): Promise<MemberRecord[]> {
    return (await this.table.toArray()).filter(isLive);
  }
}
