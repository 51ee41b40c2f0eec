// Meetings with their agendas and minutes, press releases, and the bylaws' history of versions.
import type { AgendaItem, Attendee, Meeting, MeetingKind, Minutes } from '../../renderer/src/domain/meetings/types';
import type { PressBlock, PressReleaseData } from '../../renderer/src/domain/press/types';
import type { Rng } from './prng';
import { atDay, dayOfYear, type Stamped, type Stamper } from './stamp';
import { AGENDA_TITLES, BYLAW_HEADINGS, decision, headline, paragraph, sentence } from './text';
import { FIRST_NAMES, SURNAMES } from './words';

export type BenchMeeting = Meeting & Stamped;
export type BenchAgendaItem = AgendaItem & Stamped;
export type BenchMinutes = Minutes & Stamped;
export type BenchPressRelease = PressReleaseData & Stamped;

export type BylawSection = { id: string; number: string; heading: string; text: string };
export type BylawVersion = {
  title: string;
  adoptedDate: string;
  status: 'adopted' | 'superseded';
  meeting: string;
  decision: string;
  sections: BylawSection[];
};
export type BenchBylawVersion = BylawVersion & Stamped;

const name = (rng: Rng) => `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;

export type Meetings = { meetings: BenchMeeting[]; agendaItems: BenchAgendaItem[]; minutes: BenchMinutes[] };

export function generateMeetings(rng: Rng, stamper: Stamper, count: number, itemsPerMeeting: number, years: number, endYear: number): Meetings {
  const meetings: BenchMeeting[] = [];
  const agendaItems: BenchAgendaItem[] = [];
  const minutes: BenchMinutes[] = [];
  const board = Array.from({ length: 9 }, () => name(rng));
  for (let i = 0; i < count; i++) {
    const year = endYear - years + 1 + Math.floor((i * years) / count);
    const annual = i % Math.max(1, Math.floor(count / years)) === 0;
    const kind: MeetingKind = annual ? 'annual' : rng.chance(0.1) ? 'member' : 'board';
    const date = dayOfYear(year, annual ? 3 : rng.int(1, 12), rng.int(1, 28));
    const meeting: Meeting = {
      kind,
      title: kind === 'annual' ? `Årsmöte ${year}` : kind === 'member' ? `Medlemsmöte ${date}` : `Styrelsemöte ${date}`,
      date,
      startTime: '17:30',
      endTime: '19:30',
      places: [{ name: rng.pick(['Kansliet', 'Science Park, konferensrum Älven', 'Stadshuset']), address: 'Storgatan 1' }, { name: 'Teams', url: 'https://teams.example.se/m' }],
      invitees: kind === 'board' ? 'board' : 'members',
      numbering: 'meeting',
    };
    const stamped = stamper.stamp(meeting, rng.uuid(), atDay(date, 8 * 60));
    meetings.push(stamped);
    for (let k = 0; k < itemsPerMeeting; k++) {
      const item: AgendaItem = {
        meetingId: stamped.id,
        order: k + 1,
        title: AGENDA_TITLES[k % AGENDA_TITLES.length]!,
        notes: paragraph(rng, 1, 4),
        decisions: rng.chance(0.4) ? [decision(rng)] : [],
        actions: rng.chance(0.2) ? [{ id: rng.uuid(), text: sentence(rng), assignee: rng.pick(board), due: date }] : [],
      };
      agendaItems.push(stamper.stamp(item, rng.uuid(), atDay(date, 19 * 60 + k)));
    }
    const attendees: Attendee[] = board.map((n) => ({ id: rng.uuid(), name: n, presence: rng.chance(0.85) ? 'present' : 'absent' }));
    const m: Minutes = {
      meetingId: stamped.id, revision: 1, status: 'adjusted', chair: board[0]!, secretary: board[1]!,
      adjusters: [board[2]!, board[3]!], attendees, finalisedAt: atDay(date, 21 * 60), finalisedBy: board[1]!,
    };
    minutes.push(stamper.stamp(m, rng.uuid(), atDay(date, 21 * 60)));
  }
  return { meetings, agendaItems, minutes };
}

export function generatePressReleases(rng: Rng, stamper: Stamper, count: number, years: number, endYear: number): BenchPressRelease[] {
  const out: BenchPressRelease[] = [];
  for (let i = 0; i < count; i++) {
    const year = endYear - years + 1 + Math.floor((i * years) / count);
    const date = dayOfYear(year, rng.int(1, 12), rng.int(1, 28));
    const id = rng.uuid();
    const body: PressBlock[] = [];
    const paragraphs = rng.int(3, 6);
    for (let p = 0; p < paragraphs; p++) {
      if (p === 2) body.push({ id: rng.uuid(), type: 'quote', text: paragraph(rng, 1, 2), name: name(rng), title: 'ordförande' });
      body.push({ id: rng.uuid(), type: 'paragraph', text: paragraph(rng, 2, 4) });
    }
    const release: PressReleaseData = {
      seriesId: id, version: 1, status: 'published', date,
      headline: headline(rng, year), lead: paragraph(rng, 1, 2), body,
      aboutHeading: 'Om föreningen',
      aboutText: 'Föreningen är regionens nätverk för IT-branschen, med företag, offentliga organisationer och lärosäten som medlemmar.',
      contacts: [{ name: name(rng), role: 'kommunikatör', phone: '070-123 45 67', email: 'press@foreningen.se' }],
      publishedAt: atDay(date, 8 * 60),
    };
    out.push(stamper.stamp(release, id, atDay(date, 7 * 60)));
  }
  return out;
}

export function generateBylaws(rng: Rng, stamper: Stamper, count: number, endYear: number): BenchBylawVersion[] {
  let sections: BylawSection[] = BYLAW_HEADINGS.map((heading, i) => ({ id: rng.uuid(), number: String(i + 1), heading, text: paragraph(rng, 2, 4) }));
  const out: BenchBylawVersion[] = [];
  for (let v = 0; v < count; v++) {
    const year = endYear - count + 1 + v;
    if (v > 0) {
      sections = sections.map((s) => (rng.chance(0.12) ? { ...s, text: `${s.text} ${sentence(rng)}` } : s));
    }
    const adoptedDate = dayOfYear(year, 3, 20);
    const version: BylawVersion = {
      title: 'Stadgar för föreningen', adoptedDate, status: v === count - 1 ? 'adopted' : 'superseded',
      meeting: `Årsmöte ${year}`, decision: `Antagna vid årsmötet ${adoptedDate}.`, sections,
    };
    out.push(stamper.stamp(version, rng.uuid(), atDay(adoptedDate, 20 * 60)));
  }
  return out;
}
