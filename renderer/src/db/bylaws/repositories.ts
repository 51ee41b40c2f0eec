// The bylaws' two synced tables. A version, once adopted, is never edited again: amendments are
// proposals (a full copy of the text) that become a new version when the decisions are taken.
// "Current" is derived (the latest adopted version), so no write ever has to flip an old
// version's status, and two officers' devices cannot disagree about it after a sync.
import type { Table } from 'dexie';
import { Repository } from '../repository';
import type { KansliDb } from '../schema';
import type { DeviceContext } from '../context';
import type { Stamped } from '../stamp';
import type { Section } from '../../domain/bylaws/model';
import type { Decision, Requirement } from '../../domain/bylaws/proposal';
import { changeSummary, currentVersion } from '../../domain/bylaws/history';
import { standing } from '../../domain/bylaws/proposal';

export type BylawVersion = {
  title: string;
  sections: Section[];
  /** A draft is the text being prepared for its first adoption ("förslag till stadgar"). */
  status: 'draft' | 'adopted';
  adoptedDate?: string;
  summary?: string;
  decisions?: Decision[];
  /** The proposal that this version came from. */
  proposalId?: string;
  source: 'template' | 'import' | 'proposal';
};

export type BylawProposal = {
  title: string;
  kind: 'board' | 'motion';
  author?: string;
  /** The version whose text this proposal amends. */
  baseVersionId: string;
  sections: Section[];
  rationale?: string;
  /** The meeting(s) that will decide it, as written ("årsmötet 2025 och ett extra årsmöte i juni"). */
  meetingsText?: string;
  meetingIds?: string[];
  requirement: Requirement;
  decisions: Decision[];
  status: 'open' | 'adopted' | 'withdrawn';
  adoptedVersionId?: string;
};

export type VersionRecord = BylawVersion & Stamped;
export type ProposalRecord = BylawProposal & Stamped;

export class BylawError extends Error {
  constructor(readonly code: 'not-ready' | 'stale-base' | 'not-found' | 'not-draft' | 'already-adopted') {
    super(code);
  }
}

export class BylawVersionRepository extends Repository<BylawVersion> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('bylawVersions') as Table<VersionRecord, string>, ctx);
  }

  get versionsTable(): Table<VersionRecord, string> {
    return this.table;
  }

  async current(): Promise<VersionRecord | undefined> {
    return currentVersion(await this.list());
  }

  /** The draft being prepared for adoption, if any (the newest when a sync brought two). */
  async draft(): Promise<VersionRecord | undefined> {
    const drafts = (await this.list()).filter((v) => v.status === 'draft');
    return drafts.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  }

  /** The constituting meeting (or the first annual meeting Kansli records) adopts the draft. */
  async adoptDraft(id: string, decision: Decision, title: string): Promise<VersionRecord> {
    const draft = await this.get(id);
    if (!draft) throw new BylawError('not-found');
    if (draft.status !== 'draft') throw new BylawError('not-draft');
    return this.update(id, { status: 'adopted', adoptedDate: decision.date, decisions: [decision], summary: 'Stadgarna antogs.', title });
  }
}

export class BylawProposalRepository extends Repository<BylawProposal> {
  constructor(db: KansliDb, ctx: DeviceContext) {
    super(db, db.table('bylawProposals') as Table<ProposalRecord, string>, ctx);
  }

  /** A new amendment starts as a copy of the text in force, ids kept so sections stay matched. */
  async propose(base: VersionRecord, fields: Pick<BylawProposal, 'title' | 'kind' | 'requirement'> & Partial<BylawProposal>): Promise<ProposalRecord> {
    return this.create({ sections: base.sections.map((s) => ({ ...s })), decisions: [], status: 'open', baseVersionId: base.id, ...fields });
  }

  /**
   * The decisions are taken: the proposal's text becomes the bylaws in force, dated by the last
   * decision, and the proposal records which version it became. Both in one transaction.
   */
  async adopt(id: string, versions: BylawVersionRepository, title: string): Promise<VersionRecord> {
    return this.db.transaction('rw', [this.table, versions.versionsTable, this.db.changes, this.db.meta], async () => {
      const p = await this.get(id);
      if (!p) throw new BylawError('not-found');
      if (p.status === 'adopted') throw new BylawError('already-adopted');
      const s = standing(p);
      if (s.stage !== 'ready') throw new BylawError('not-ready');
      const base = await versions.get(p.baseVersionId);
      const current = await versions.current();
      // Adopting a proposal drawn up against older bylaws would silently undo the amendment between.
      if (!base || !current || current.id !== base.id) throw new BylawError('stale-base');
      const last = s.counted[s.counted.length - 1]!;
      const version = await versions.create({
        title,
        sections: p.sections,
        status: 'adopted',
        adoptedDate: last.date,
        decisions: s.counted,
        summary: changeSummary(base.sections, p.sections),
        proposalId: p.id,
        source: 'proposal',
      });
      await this.update(id, { status: 'adopted', adoptedVersionId: version.id });
      return version;
    });
  }
}

export type BylawRepositories = { versions: BylawVersionRepository; proposals: BylawProposalRepository };

export function bylawRepositories(db: KansliDb, ctx: DeviceContext): BylawRepositories {
  return { versions: new BylawVersionRepository(db, ctx), proposals: new BylawProposalRepository(db, ctx) };
}
