// Every schema version in order. Add a new entry for a change; never edit a released one.
import type { Transaction } from 'dexie';

export type Migration = { version: number; stores: Record<string, string | null>; upgrade?: (tx: Transaction) => Promise<void> | void };

export const migrations: Migration[] = [
  {
    version: 1,
    stores: {
      profile: 'id, updatedAt',
      changes: '++seq, [table+recordId], at',
      meta: 'key',
    },
  },
  {
    // The tables of every area at once, so the areas can be built side by side without each
    // adding its own version. Records in all but the last four are synced.
    version: 2,
    stores: {
      categories: 'id, name',
      members: 'id, &memberNumber, name, organisationNumber, personalNumber, email, status, categoryId, *tags, updatedAt',
      feeSchedules: 'id, [year+categoryId]',
      invoices: 'id, &invoiceNumber, ocr, memberId, year, status, dueDate',
      payments: 'id, invoiceId, date, reference, importKey',
      meetings: 'id, date, kind, status',
      agendaItems: 'id, meetingId, [meetingId+order]',
      registrations: 'id, meetingId, memberId',
      minutes: 'id, meetingId, status',
      pressReleases: 'id, status, date, updatedAt',
      bylawVersions: 'id, adoptedDate, status',
      bylawProposals: 'id, status, baseVersionId',
      conflicts: 'id, [table+recordId], resolved',
      syncRuns: '++seq, at',
      backups: '++seq, at',
      imports: 'id, kind, at',
    },
  },
  {
    // The association's own agenda templates (issue 5), synced like every other record.
    version: 3,
    stores: {
      agendaTemplates: 'id, name, updatedAt',
    },
  },
  {
    // The change log's batch rows (an import writes one per chunk of members instead of one per
    // member): their record ids are indexed, so history and sync find them (see BatchChangeEntry).
    version: 4,
    stores: {
      changes: '++seq, [table+recordId], at, *recordIds',
    },
  },
];

export const CURRENT_VERSION = migrations[migrations.length - 1]!.version;
