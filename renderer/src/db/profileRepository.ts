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

  /**
   * Saves what the user changed since `base` (the profile as the form loaded it), and only that:
   * a field someone else changed meanwhile (a sync) keeps their value unless this user edited it too.
   */
  async save(profile: OrgProfile, base: OrgProfile = {} as OrgProfile): Promise<ProfileRecord> {
    const existing = await this.table.get(PROFILE_ID);
    if (!existing) return this.create(profile, PROFILE_ID);
    const patch: Partial<OrgProfile> = {};
    for (const key of new Set([...Object.keys(base), ...Object.keys(profile)]) as Set<keyof OrgProfile>) {
      if (JSON.stringify(base[key]) !== JSON.stringify(profile[key])) (patch as Record<string, unknown>)[key] = profile[key];
    }
    return this.update(PROFILE_ID, patch);
  }
}
