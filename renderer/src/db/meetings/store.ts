// Meetings, agenda items, minutes and registrations. Every write to a meeting's paragraphs or
// minutes first asks whether its minutes are locked (finalised or adjusted) and refuses with the
// reason — the screen disables editing too, but sync or a second window must not get round it.
import type { DeviceContext } from '../context';
import type { KansliDb } from '../schema';
import { isLive } from '../stamp';
import { LockedError, lockReason } from '../../domain/meetings/adjustment';
import { revisionChanges } from '../../domain/meetings/revisions';
import type { AgendaItem, Approval, Meeting, Minutes, MinutesContent, Registration } from '../../domain/meetings/types';
import { firstParagraphNumber, type NumberedMeeting } from '../../domain/meetings/numbering';
import { meetingTables, MeetingTableRepository, type AgendaRecord, type MeetingRecord, type MinutesRecord, type RegistrationRecord } from './tables';

export function firstNumberIn(all: { meetings: MeetingRecord[]; items: AgendaRecord[] }, meetingId: string, fiscalYearStart?: string): number {
  const counts = new Map<string, number>();
  for (const i of all.items) counts.set(i.meetingId, (counts.get(i.meetingId) ?? 0) + 1);
  const numbered: NumberedMeeting[] = all.meetings.map((m) => ({ id: m.id, date: m.date, startTime: m.startTime, createdAt: m.createdAt, kind: m.kind, numbering: m.numbering, itemCount: counts.get(m.id) ?? 0 }));
  const me = numbered.find((m) => m.id === meetingId);
  return me ? firstParagraphNumber(me, numbered, fiscalYearStart) : 1;
}

/** Fields of a meeting that the minutes print: locked with them. */
const CONTENT_FIELDS: (keyof Meeting)[] = ['title', 'kind', 'kindLabel', 'date', 'startTime', 'endTime', 'places'];

export class MeetingsStore {
  readonly meetings: MeetingTableRepository<Meeting>;
  readonly agenda: MeetingTableRepository<AgendaItem>;
  readonly minutes: MeetingTableRepository<Minutes>;
  readonly registrations: MeetingTableRepository<Registration>;
  private readonly t: ReturnType<typeof meetingTables>;

  constructor(db: KansliDb, ctx: DeviceContext) {
    this.t = meetingTables(db);
    this.meetings = new MeetingTableRepository<Meeting>(db, this.t.meetings, ctx);
    this.agenda = new MeetingTableRepository<AgendaItem>(db, this.t.agendaItems, ctx);
    this.minutes = new MeetingTableRepository<Minutes>(db, this.t.minutes, ctx);
    this.registrations = new MeetingTableRepository<Registration>(db, this.t.registrations, ctx);
  }

  // ---- reading -------------------------------------------------------------------------------

  async listMeetings(): Promise<MeetingRecord[]> {
    return (await this.t.meetings.toArray()).filter(isLive).sort((a, b) => b.date.localeCompare(a.date) || (b.startTime ?? '').localeCompare(a.startTime ?? ''));
  }

  async items(meetingId: string): Promise<AgendaRecord[]> {
    return (await this.t.agendaItems.where('meetingId').equals(meetingId).toArray()).filter(isLive).sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
  }

  /** Every revision, oldest first. */
  async revisions(meetingId: string): Promise<MinutesRecord[]> {
    return (await this.t.minutes.where('meetingId').equals(meetingId).toArray()).filter(isLive).sort((a, b) => a.revision - b.revision);
  }

  async currentMinutes(meetingId: string): Promise<MinutesRecord | undefined> {
    return (await this.revisions(meetingId)).at(-1);
  }

  async registrationsFor(meetingId: string): Promise<RegistrationRecord[]> {
    return (await this.t.registrations.where('meetingId').equals(meetingId).toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  /**
   * Every meeting, paragraph and minutes record, read in one step. Live queries that combine
   * meetings read through this: one round of reads keeps Dexie's change tracking reliable.
   */
  async everything(): Promise<{ meetings: MeetingRecord[]; items: AgendaRecord[]; minutes: MinutesRecord[] }> {
    const [meetings, items, minutes] = await Promise.all([this.t.meetings.toArray(), this.t.agendaItems.toArray(), this.t.minutes.toArray()]);
    return { meetings: meetings.filter(isLive), items: items.filter(isLive).sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt)), minutes: minutes.filter(isLive) };
  }

  /** The number of the meeting's first §, under the association's numbering. */
  async firstNumber(meetingId: string, fiscalYearStart?: string): Promise<number> {
    return firstNumberIn(await this.everything(), meetingId, fiscalYearStart);
  }

  private async assertEditable(meetingId: string): Promise<void> {
    const reason = lockReason(await this.currentMinutes(meetingId));
    if (reason) throw new LockedError(reason);
  }

  // ---- meetings and agenda -------------------------------------------------------------------

  createMeeting(meeting: Meeting, agendaTitles: string[]): Promise<MeetingRecord> {
    return this.meetings.transaction(async () => {
      const record = await this.meetings.create(meeting);
      let order = 1;
      for (const title of agendaTitles) await this.agenda.create({ meetingId: record.id, order: order++, title });
      return record;
    });
  }

  updateMeeting(id: string, patch: Partial<Meeting>): Promise<MeetingRecord> {
    return this.meetings.transaction(async () => {
      const current = await this.meetings.get(id);
      const touches = CONTENT_FIELDS.some((f) => f in patch && JSON.stringify(patch[f]) !== JSON.stringify(current?.[f]));
      if (touches) await this.assertEditable(id);
      return this.meetings.update(id, patch);
    });
  }

  removeMeeting(id: string): Promise<void> {
    return this.meetings.transaction(async () => {
      await this.assertEditable(id);
      for (const item of await this.items(id)) await this.agenda.remove(item.id);
      for (const m of await this.revisions(id)) await this.minutes.remove(m.id);
      for (const r of await this.registrationsFor(id)) await this.registrations.remove(r.id);
      await this.meetings.remove(id);
    });
  }

  addItem(meetingId: string, title: string, afterId?: string): Promise<AgendaRecord> {
    return this.agenda.transaction(async () => {
      await this.assertEditable(meetingId);
      const items = await this.items(meetingId);
      const at = afterId ? items.findIndex((i) => i.id === afterId) + 1 : items.length;
      const created = await this.agenda.create({ meetingId, order: at + 1, title });
      await this.renumber([...items.slice(0, at), created, ...items.slice(at)]);
      return created;
    });
  }

  updateItem(id: string, patch: Partial<AgendaItem>): Promise<AgendaRecord> {
    return this.agenda.transaction(async () => {
      const item = await this.agenda.get(id);
      if (!item) throw new Error('Punkten finns inte längre (den kan ha tagits bort på en annan dator).');
      await this.assertEditable(item.meetingId);
      return this.agenda.update(id, patch);
    });
  }

  /**
   * Marks an action item done or open. Allowed on adjusted minutes too: follow-up is not part of
   * what was signed (the hash covers what, who and by when, never whether it is done).
   */
  setActionDone(itemId: string, actionId: string, done: boolean): Promise<void> {
    return this.agenda.transaction(async () => {
      const item = await this.agenda.get(itemId);
      if (!item) return;
      await this.agenda.update(itemId, { actions: (item.actions ?? []).map((a) => (a.id === actionId ? { ...a, done: done || undefined } : a)) });
    });
  }

  removeItem(id: string): Promise<void> {
    return this.agenda.transaction(async () => {
      const item = await this.agenda.get(id);
      if (!item) return;
      await this.assertEditable(item.meetingId);
      await this.agenda.remove(id);
      await this.renumber((await this.items(item.meetingId)).filter((i) => i.id !== id));
    });
  }

  /** Moves an item up (-1) or down (+1) one place. */
  moveItem(id: string, by: -1 | 1): Promise<void> {
    return this.agenda.transaction(async () => {
      const item = await this.agenda.get(id);
      if (!item) return;
      await this.assertEditable(item.meetingId);
      const items = await this.items(item.meetingId);
      const from = items.findIndex((i) => i.id === id);
      const to = from + by;
      if (to < 0 || to >= items.length) return;
      const next = [...items];
      next.splice(to, 0, ...next.splice(from, 1));
      await this.renumber(next);
    });
  }

  /** Orders become 1..n; only items whose place changed get a new clock. */
  private async renumber(items: { id: string; order: number }[]): Promise<void> {
    for (let i = 0; i < items.length; i++) if (items[i]!.order !== i + 1) await this.agenda.update(items[i]!.id, { order: i + 1 });
  }

  // ---- minutes -------------------------------------------------------------------------------

  /** The draft to write in: the current revision, or a first one. */
  ensureMinutes(meetingId: string, seed: Partial<Minutes> = {}): Promise<MinutesRecord> {
    return this.minutes.transaction(async () => {
      const current = await this.currentMinutes(meetingId);
      if (current) return current;
      return this.minutes.create({ attendees: [], adjusters: [], ...seed, meetingId, revision: 1, status: 'draft' });
    });
  }

  updateMinutes(id: string, patch: Partial<Minutes>): Promise<MinutesRecord> {
    return this.minutes.transaction(async () => {
      const m = await this.minutes.get(id);
      if (!m) throw new Error('Protokollet finns inte längre.');
      const reason = lockReason(m);
      if (reason) throw new LockedError(reason);
      return this.minutes.update(id, patch);
    });
  }

  finalise(id: string, content: MinutesContent, contentHash: string, by: string, at: string): Promise<MinutesRecord> {
    return this.minutes.transaction(async () => {
      const m = await this.minutes.get(id);
      if (!m) throw new Error('Protokollet finns inte längre.');
      const reason = lockReason(m);
      if (reason) throw new LockedError(reason);
      const previous = m.previousId ? await this.minutes.get(m.previousId) : undefined;
      const changes = previous?.content ? revisionChanges(previous.content, content) : undefined;
      return this.minutes.update(id, { status: 'finalised', content, contentHash, finalisedBy: by, finalisedAt: at, approvals: [], changes });
    });
  }

  /** Back to draft before anyone has adjusted: the frozen content and its approvals go. */
  reopen(id: string): Promise<MinutesRecord> {
    return this.minutes.transaction(async () => {
      const m = await this.minutes.get(id);
      if (!m || m.status !== 'finalised') throw new LockedError(m?.status === 'adjusted' ? 'adjusted' : 'superseded');
      return this.minutes.update(id, { status: 'draft', content: undefined, contentHash: undefined, approvals: undefined, finalisedAt: undefined, finalisedBy: undefined, changes: undefined });
    });
  }

  recordApprovals(id: string, approvals: Approval[], adjusted: boolean): Promise<MinutesRecord> {
    return this.minutes.transaction(async () => {
      const m = await this.minutes.get(id);
      if (!m || m.status !== 'finalised') throw new LockedError(m?.status === 'adjusted' ? 'adjusted' : 'superseded');
      return this.minutes.update(id, { approvals, status: adjusted ? 'adjusted' : 'finalised' });
    });
  }

  /** A correction of adjusted minutes: a new draft revision; the adjusted one is kept as it is. */
  correct(id: string, reason: string): Promise<MinutesRecord> {
    return this.minutes.transaction(async () => {
      const old = await this.minutes.get(id);
      if (!old || old.status !== 'adjusted' || old.supersededBy) throw new Error('Bara det senaste justerade protokollet kan rättas.');
      const next = await this.minutes.create({
        meetingId: old.meetingId,
        revision: old.revision + 1,
        status: 'draft',
        chair: old.chair,
        secretary: old.secretary,
        adjusters: old.adjusters,
        attendees: old.attendees,
        previousId: old.id,
        correctionReason: reason.trim(),
      });
      await this.minutes.update(old.id, { supersededBy: next.id });
      return next;
    });
  }
}
