// The four meeting tables share one transaction scope, so creating a meeting with its agenda, or
// finalising minutes and marking the revision it replaces, is all or nothing.
import type { Table } from 'dexie';
import { Repository } from '../repository';
import { persistClock, type DeviceContext } from '../context';
import type { KansliDb } from '../schema';
import type { Stamped } from '../stamp';
import type { AgendaItem, Meeting, Minutes, Registration } from '../../domain/meetings/types';

export type MeetingRecord = Meeting & Stamped;
export type AgendaRecord = AgendaItem & Stamped;
export type MinutesRecord = Minutes & Stamped;
export type RegistrationRecord = Registration & Stamped;

export function meetingTables(db: KansliDb) {
  return {
    meetings: db.table('meetings') as Table<MeetingRecord, string>,
    agendaItems: db.table('agendaItems') as Table<AgendaRecord, string>,
    minutes: db.table('minutes') as Table<MinutesRecord, string>,
    registrations: db.table('registrations') as Table<RegistrationRecord, string>,
  };
}

export class MeetingTableRepository<T extends object> extends Repository<T> {
  constructor(db: KansliDb, table: Table<T & Stamped, string>, ctx: DeviceContext) {
    super(db, table, ctx);
  }

  protected override write<R>(fn: () => Promise<R>): Promise<R> {
    const t = meetingTables(this.db);
    return this.db.transaction('rw', [t.meetings, t.agendaItems, t.minutes, t.registrations, this.db.changes, this.db.meta], async () => {
      const result = await fn();
      await persistClock(this.db, this.ctx);
      return result;
    });
  }

  /** Runs several writes (of any of the four tables) in one transaction. */
  transaction<R>(fn: () => Promise<R>): Promise<R> {
    return this.write(fn);
  }
}
