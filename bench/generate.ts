// The benchmark's data set, generated from a seed: the same seed gives the same records, CSV and
// BgMax bytes on every machine. Full size is what issue 9 asks for (10,000 members, ten years of
// fees, 500 meetings with 8,000 agenda items, 300 press releases, 20 bylaws versions); quick is a
// tenth of the register over five years, for a run of about a minute.
import { generateFees, type BenchFeeSchedule, type BenchInvoice, type BenchPayment } from './gen/fees';
import { generateBylaws, generateMeetings, generatePressReleases, type BenchAgendaItem, type BenchBylawVersion, type BenchMeeting, type BenchMinutes, type BenchPressRelease } from './gen/documents';
import { bgmaxPayments, membersCsv, writeBgMax, type BgMaxLine } from './gen/files';
import { generateCategories, generateMembers, type BenchCategory, type BenchMember } from './gen/members';
import { forkRng } from './gen/prng';
import { Stamper } from './gen/stamp';

export type DatasetSize = {
  members: number;
  years: number;
  meetings: number;
  agendaItemsPerMeeting: number;
  pressReleases: number;
  bylawVersions: number;
  bgmaxPayments: number;
};

export const FULL: DatasetSize = { members: 10_000, years: 10, meetings: 500, agendaItemsPerMeeting: 16, pressReleases: 300, bylawVersions: 20, bgmaxPayments: 10_000 };
export const QUICK: DatasetSize = { members: 1_000, years: 5, meetings: 50, agendaItemsPerMeeting: 16, pressReleases: 30, bylawVersions: 20, bgmaxPayments: 1_000 };

/** The data set's "now": the last fee year is this one. Fixed, so the data never depends on the clock. */
export const END_YEAR = 2025;
export const DEFAULT_SEED = 20_250_901;

export type Dataset = {
  seed: number;
  size: DatasetSize;
  deviceId: string;
  /** Records per synced table, stamped as the repositories stamp them. */
  tables: {
    categories: BenchCategory[];
    members: BenchMember[];
    feeSchedules: BenchFeeSchedule[];
    invoices: BenchInvoice[];
    payments: BenchPayment[];
    meetings: BenchMeeting[];
    agendaItems: BenchAgendaItem[];
    minutes: BenchMinutes[];
    pressReleases: BenchPressRelease[];
    bylawVersions: BenchBylawVersion[];
  };
};

export type TableName = keyof Dataset['tables'];

export function generateDataset(seed: number = DEFAULT_SEED, size: DatasetSize = FULL): Dataset {
  const deviceId = forkRng(seed, 'device').uuid();
  const stamper = new Stamper(deviceId);
  const categories = generateCategories(stamper);
  const members = generateMembers(forkRng(seed, 'members'), stamper, size.members, END_YEAR);
  const fees = generateFees(forkRng(seed, 'fees'), stamper, members, categories, size.years, END_YEAR);
  const meetings = generateMeetings(forkRng(seed, 'meetings'), stamper, size.meetings, size.agendaItemsPerMeeting, size.years, END_YEAR);
  const pressReleases = generatePressReleases(forkRng(seed, 'press'), stamper, size.pressReleases, size.years, END_YEAR);
  const bylawVersions = generateBylaws(forkRng(seed, 'bylaws'), stamper, size.bylawVersions, END_YEAR);
  return {
    seed,
    size,
    deviceId,
    tables: {
      categories,
      members,
      feeSchedules: fees.schedules,
      invoices: fees.invoices,
      payments: fees.payments,
      meetings: meetings.meetings,
      agendaItems: meetings.agendaItems,
      minutes: meetings.minutes,
      pressReleases,
      bylawVersions,
    },
  };
}

/** The register as a treasurer's CSV export (semicolons, BOM, Swedish headers). */
export function generateMembersCsv(data: Dataset): string {
  return membersCsv(data.tables.members, data.tables.categories);
}

/** A BgMax file paying the last year's fees: `size.bgmaxPayments` payments. */
export function generateBgMax(data: Dataset): { text: string; lines: BgMaxLine[] } {
  const lines = bgmaxPayments(forkRng(data.seed, 'bgmax'), data.tables.invoices, data.size.bgmaxPayments, END_YEAR);
  return { text: writeBgMax(lines), lines };
}

export function recordCount(data: Dataset): number {
  return Object.values(data.tables).reduce((n, rows) => n + rows.length, 0);
}

export type { BgMaxLine };
