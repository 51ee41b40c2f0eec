// The association's profile is one record with a fixed id, so that two officers who both fill
// it in before their first sync edit the same record rather than creating two.
import { PROFILE_ID, type OrgProfile } from '../domain/org/profile';
import { Repository } from './repository';
import type { KansliDb, ProfileRecord } from './schema';
import type { DeviceContext } from './context';

export class ProfileRepository extends Repository<OrgProfile> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.profile, ctx);
  }

  load(): Promise<ProfileRecord | undefined> {
    return this.get(PROFILE_ID);
  }

  async save(profile: OrgProfile): Promise<ProfileRecord> {
    const existing = await this.table.get(PROFILE_ID);
    if (!existing) return this.create(profile, PROFILE_ID);
    // Fields left empty in the form are cleared, not kept: pass them as undefined.
    const patch: Partial<OrgProfile> = {};
    for (const key of new Set([...Object.keys(existing), ...Object.keys(profile)])) {
      if (key in existing.clocks || key in profile) (patch as Record<string, unknown>)[key] = (profile as Record<string, unknown>)[key];
    }
    return this.update(PROFILE_ID, patch);
  }
}
