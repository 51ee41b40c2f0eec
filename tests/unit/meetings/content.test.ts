import { describe, expect, it } from 'vitest';
import { buildContent, electionSentence, toPdfModel } from '../../../renderer/src/domain/meetings/content';
import { approve, lockReason, signatories } from '../../../renderer/src/domain/meetings/adjustment';
import { contentHash } from '../../../renderer/src/domain/meetings/hash';
import { minutesSchema } from '../../../electron/services/pdf/models/minutes';
import type { AgendaItem, Meeting, Minutes } from '../../../renderer/src/domain/meetings/types';

const meeting: Meeting = {
  kind: 'board',
  title: 'Styrelsemöte 3/2025',
  date: '2025-03-18',
  startTime: '18:00',
  endTime: '20:00',
  places: [{ name: 'Lindholmen Science Park', address: 'Lindholmspiren 3, Göteborg' }, { name: 'Online', url: 'https://meet.example.se/styrelsen' }],
  invitees: 'board',
  numbering: 'year',
};
const items: AgendaItem[] = [
  { meetingId: 'm', order: 2, title: 'Ekonomisk rapport', notes: 'Kassören redogjorde för läget.', decisions: ['att lägga rapporten till handlingarna'], actions: [{ id: 'a1', text: 'Skicka påminnelser', assignee: 'Karin', due: '2025-04-01' }] },
  { meetingId: 'm', order: 1, title: 'Mötets öppnande', notes: '  ', immediate: true },
  { meetingId: 'm', order: 3, title: 'Val', elections: [{ id: 'e', role: 'kassör', name: 'Karin Lindqvist', term: 'för tiden intill nästa årsmöte' }] },
];
const minutes: Minutes = {
  meetingId: 'm',
  revision: 1,
  status: 'finalised',
  chair: 'Anna Lindqvist',
  secretary: 'Erik Berg',
  adjusters: ['Sara Holm'],
  attendees: [
    { id: '1', name: 'Anna Lindqvist', role: 'ordförande', presence: 'present' },
    { id: '2', name: 'Olof Ek', presence: 'absent' },
    { id: '3', name: 'Maria Nilsson', role: 'revisor', presence: 'coopted' },
  ],
};

describe('the minutes content', () => {
  it('numbers the paragraphs in agenda order from the first number and drops empty text', () => {
    const c = buildContent(meeting, items, minutes, 21);
    expect(c.items.map((i) => `${i.number} ${i.title}`)).toEqual(['21 Mötets öppnande', '22 Ekonomisk rapport', '23 Val']);
    expect(c.items[0]!.notes).toBeUndefined();
    expect(c.meeting.places).toEqual(['Lindholmen Science Park, Lindholmspiren 3, Göteborg', 'Online, https://meet.example.se/styrelsen']);
  });

  it('becomes a PDF model the minutes renderer accepts, in the words of a Swedish protocol', () => {
    const c = buildContent(meeting, items, minutes, 1);
    const model = toPdfModel(c, 'adjusted', 'A'.repeat(64));
    const parsed = minutesSchema.parse(model);
    expect(parsed.contentHash).toBe('a'.repeat(64));
    expect(parsed.items[0]!.immediate).toBe(true);
    expect(parsed.items[2]!.elections).toEqual([{ role: 'kassör', name: 'Karin Lindqvist', term: 'för tiden intill nästa årsmöte' }]);
    expect(parsed.attendees).toEqual([
      { name: 'Anna Lindqvist', role: 'ordförande', present: true, presence: 'present' },
      { name: 'Olof Ek', role: undefined, present: false, presence: 'absent' },
      { name: 'Maria Nilsson', role: 'revisor', present: true, presence: 'coopted' },
    ]);
  });

  it('prints no hash on a draft, and says which revision a correction is, what it replaces and why', () => {
    const c = buildContent(meeting, items, { ...minutes, revision: 2 }, 1);
    expect(toPdfModel(c, 'draft', 'a'.repeat(64)).contentHash).toBeUndefined();
    const model = toPdfModel(c, 'adjusted', undefined, { correction: { replacesAdjusted: '2025-03-21', reason: 'Fel belopp i § 2', changes: ['§ 2 Ekonomisk rapport, beslut: struket ”50 000 kr”'] } });
    expect(model.meeting.title).toBe('Styrelsemöte 3/2025');
    expect(model.revision).toEqual({ number: 2, replaces: 1, replacesAdjusted: '2025-03-21', reason: 'Fel belopp i § 2', changes: ['§ 2 Ekonomisk rapport, beslut: struket ”50 000 kr”'] });
    expect(toPdfModel(buildContent(meeting, items, minutes, 1), 'adjusted').revision).toBeUndefined();
  });

  it('numbers bilagor in list order with the § of their paragraph, and leaves them out of the hash when there are none', async () => {
    const withIds = items.map((i, k) => ({ ...i, id: `i${k}` }));
    const c = buildContent(meeting, withIds, { ...minutes, attachments: [{ id: 'b1', title: 'Resultaträkning 2024', itemId: 'i0' }, { id: 'b2', title: '  ' }, { id: 'b3', title: 'Närvarolista' }] }, 5);
    expect(c.attachments).toEqual([
      { number: '1', title: 'Resultaträkning 2024', paragraph: '6' },
      { number: '2', title: 'Närvarolista', paragraph: undefined },
    ]);
    const without = buildContent(meeting, withIds, minutes, 5);
    expect(without.attachments).toBeUndefined();
    const { attachments: _drop, ...rest } = c;
    expect(await contentHash(without)).toBe(await contentHash({ ...rest }));
  });

  it('hashes the same content the same way however the agenda records were ordered', async () => {
    const a = buildContent(meeting, items, minutes, 1);
    const b = buildContent(meeting, [...items].reverse(), minutes, 1);
    expect(await contentHash(a)).toBe(await contentHash(b));
  });

  it('writes an election without a term too', () => {
    expect(electionSentence({ role: 'ordförande', name: 'Anna Lindqvist' })).toBe('Till ordförande valdes Anna Lindqvist.');
  });
});

describe('justering', () => {
  it('locks from finalisation and says why', () => {
    expect(lockReason({ status: 'draft' })).toBeUndefined();
    expect(lockReason({ status: 'finalised' })).toBe('finalised');
    expect(lockReason({ status: 'adjusted' })).toBe('adjusted');
    expect(lockReason({ status: 'adjusted', supersededBy: 'x' })).toBe('superseded');
  });

  it('is adjusted when the chair and every adjuster have approved, in any order', () => {
    const two = { ...minutes, adjusters: ['Sara Holm', 'Per Ek'] };
    const first = approve(two, meeting.date, { name: 'sara holm', date: '2025-03-20' });
    expect(first).toMatchObject({ ok: true, adjusted: false });
    if (!first.ok) return;
    const second = approve({ ...two, approvals: first.approvals }, meeting.date, { name: 'Per Ek', date: '2025-03-21' });
    expect(second).toMatchObject({ ok: true, adjusted: false });
    if (!second.ok) return;
    const third = approve({ ...two, approvals: second.approvals }, meeting.date, { name: 'Anna Lindqvist', date: '2025-03-21' });
    expect(third).toMatchObject({ ok: true, adjusted: true });
    if (third.ok) expect(signatories({ ...two, approvals: third.approvals }).map((s) => `${s.role}:${s.name}:${s.approval?.date}`)).toEqual(['chair:Anna Lindqvist:2025-03-21', 'adjuster:Sara Holm:2025-03-20', 'adjuster:Per Ek:2025-03-21']);
  });

  it('refuses a stranger, a second approval, a date before the meeting and a draft', () => {
    expect(approve(minutes, meeting.date, { name: 'Olof Ek', date: '2025-03-20' })).toEqual({ ok: false, problem: 'unknownName' });
    expect(approve(minutes, meeting.date, { name: 'Sara Holm', date: '2025-03-17' })).toEqual({ ok: false, problem: 'dateBeforeMeeting' });
    expect(approve({ ...minutes, status: 'draft' }, meeting.date, { name: 'Sara Holm', date: '2025-03-20' })).toEqual({ ok: false, problem: 'notFinalised' });
    const done = { ...minutes, approvals: [{ name: 'Sara Holm', role: 'adjuster' as const, date: '2025-03-20' }] };
    expect(approve(done, meeting.date, { name: 'Sara Holm', date: '2025-03-21' })).toEqual({ ok: false, problem: 'alreadyApproved' });
  });
});
