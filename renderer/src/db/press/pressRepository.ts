// Press releases, one record per version. A published version is never written again: the
// repository refuses it, and an edit after publishing goes to the next version in the series.
import type { Table } from 'dexie';
import { Repository } from '../repository';
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import type { Stamped } from '../stamp';
import type { PressReleaseData, ReleaseOrg } from '../../domain/press/types';
import { newReleaseData, type ProfileLike } from '../../domain/press/model';
import { duplicateData, nextVersionData } from '../../domain/press/archive';

export type PressReleaseRecord = PressReleaseData & Stamped;

export class PublishedReleaseError extends Error {
  constructor(id: string) {
    super(`pressReleases/${id} är publicerat och kan inte ändras`);
  }
}

export class PressReleaseRepository extends Repository<PressReleaseData> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('pressReleases') as Table<PressReleaseRecord, string>, ctx);
  }

  /** A new draft with the boilerplate and contacts from the association's profile. */
  createNew(profile: ProfileLike | undefined, today: string): Promise<PressReleaseRecord> {
    const id = crypto.randomUUID();
    return this.create(newReleaseData(id, today, profile), id);
  }

  /** Autosave: writes only fields that changed; a published version is refused. */
  async saveDraft(id: string, patch: Partial<PressReleaseData>): Promise<PressReleaseRecord> {
    const { seriesId: _s, version: _v, publishedAt: _p, publishedOrg: _o, ...editable } = patch;
    return this.write(async () => {
      const prev = await this.get(id);
      if (prev?.status === 'published') throw new PublishedReleaseError(id);
      return this.update(id, editable);
    });
  }

  /** Freezes this version as what the press receives, with the association as it is now. */
  async publish(id: string, org: ReleaseOrg, at: string): Promise<PressReleaseRecord> {
    return this.write(async () => {
      const prev = await this.get(id);
      if (prev?.status === 'published') throw new PublishedReleaseError(id);
      return this.update(id, { status: 'published', publishedAt: at, publishedOrg: org });
    });
  }

  /**
   * The draft to edit after a version was published: the series' open draft if there is one,
   * otherwise a new version holding the content as it was last published.
   */
  async editableVersion(id: string): Promise<PressReleaseRecord> {
    return this.write(async () => {
      const base = await this.get(id);
      if (!base) throw new Error(`pressReleases/${id} finns inte`);
      if (base.status !== 'published') return base;
      const series = await this.versions(base.seriesId);
      const open = series.find((v) => v.status !== 'published' && v.version > base.version);
      if (open) return open;
      const latestPublished = series.find((v) => v.status === 'published') ?? base;
      const next = Math.max(...series.map((v) => v.version)) + 1;
      return this.create(nextVersionData(latestPublished, next));
    });
  }

  async duplicate(id: string, today: string): Promise<PressReleaseRecord> {
    const source = await this.get(id);
    if (!source) throw new Error(`pressReleases/${id} finns inte`);
    const newId = crypto.randomUUID();
    return this.create(duplicateData(source, newId, today), newId);
  }

  /** Every version of one release, newest first. */
  async versions(seriesId: string): Promise<PressReleaseRecord[]> {
    const all = (await this.list()).filter((r) => (r.seriesId || r.id) === seriesId);
    return all.sort((a, b) => b.version - a.version);
  }

  /** Only drafts can be deleted: what the press received stays in the archive. */
  async removeDraft(id: string): Promise<void> {
    await this.write(async () => {
      const prev = await this.get(id);
      if (prev?.status === 'published') throw new PublishedReleaseError(id);
      await this.remove(id);
    });
  }
}
