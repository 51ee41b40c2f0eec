import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KansliDb } from '../../../renderer/src/db/schema';
import { openDeviceContext } from '../../../renderer/src/db/context';
import { MeetingsStore } from '../../../renderer/src/db/meetings/store';
import { buildContent } from '../../../renderer/src/domain/meetings/content';
import { contentHash } from '../../../renderer/src/domain/meetings/hash';
import { templateItems } from '../../../renderer/src/domain/meetings/templates';
import type { Meeting } from '../../../renderer/src/domain/meetings/types';

let n = 0;
const dbs: KansliDb[] = [];
async function setup() {
  const db = new KansliDb(`meetings-${++n}`);
  dbs.push(db);
  await db.open();
  const ctx = await openDeviceContext(db, 'dev-1', 'Erik Berg');
  return { db, store: new MeetingsStore(db, ctx) };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const board = (date: string): Meeting => ({ kind: 'board', title: `Styrelsemöte ${date}`, date, places: [{ name: 'Göteborg' }], invitees: 'board', numbering: 'year' });

async function finaliseAndAdjust(store: MeetingsStore, meetingId: string) {
  const meeting = (await store.meetings.get(meetingId))!;
  const minutes = await store.ensureMinutes(meetingId);
  const draft = await store.updateMinutes(minutes.id, { chair: 'Anna Lindqvist', secretary: 'Erik Berg', adjusters: ['Sara Holm'] });
  const content = buildContent(meeting, await store.items(meetingId), draft, await store.firstNumber(meetingId));
  const final = await store.finalise(draft.id, content, await contentHash(content), 'Erik Berg', '2025-03-19');
  return store.recordApprovals(final.id, [{ name: 'Anna Lindqvist', role: 'chair', date: '2025-03-20' }, { name: 'Sara Holm', role: 'adjuster', date: '2025-03-20' }], true);
}

describe('the meetings store', () => {
  it('creates a meeting with its agenda from a template, in order', async () => {
    const { store } = await setup();
    const m = await store.createMeeting(board('2025-03-18'), templateItems('board', 'sv'));
    const items = await store.items(m.id);
    expect(items.map((i) => i.title)).toEqual(templateItems('board', 'sv'));
    expect(items.map((i) => i.order)).toEqual(items.map((_, i) => i + 1));
  });

  it('adds, moves and removes agenda items, keeping the order 1..n', async () => {
    const { store } = await setup();
    const m = await store.createMeeting(board('2025-03-18'), ['Öppnande', 'Ekonomi', 'Avslutande']);
    const [open, eco] = await store.items(m.id);
    await store.addItem(m.id, 'Medlemsfrågor', eco!.id);
    await store.moveItem(open!.id, 1);
    expect((await store.items(m.id)).map((i) => `${i.order} ${i.title}`)).toEqual(['1 Ekonomi', '2 Öppnande', '3 Medlemsfrågor', '4 Avslutande']);
    await store.moveItem(eco!.id, -1); // already first: nothing happens
    await store.removeItem(open!.id);
    expect((await store.items(m.id)).map((i) => `${i.order} ${i.title}`)).toEqual(['1 Ekonomi', '2 Medlemsfrågor', '3 Avslutande']);
  });

  it('numbers the second board meeting of the year after the first', async () => {
    const { store } = await setup();
    await store.createMeeting(board('2025-01-20'), ['a', 'b', 'c', 'd']);
    const second = await store.createMeeting(board('2025-02-17'), ['a', 'b']);
    expect(await store.firstNumber(second.id)).toBe(5);
    expect(await store.firstNumber(second.id, '02-01')).toBe(1);
  });

  it('refuses to edit the paragraphs or the minutes once adjusted, with the reason', async () => {
    const { store } = await setup();
    const m = await store.createMeeting(board('2025-03-18'), ['Öppnande', 'Avslutande']);
    const adjusted = await finaliseAndAdjust(store, m.id);
    expect(adjusted.status).toBe('adjusted');
    const [item] = await store.items(m.id);
    await expect(store.updateItem(item!.id, { notes: 'ändrat i efterhand' })).rejects.toThrow('Protokollet är justerat och låst');
    await expect(store.updateMinutes(adjusted.id, { chair: 'Någon annan' })).rejects.toThrow('justerat');
    await expect(store.addItem(m.id, 'Ny punkt')).rejects.toThrow('justerat');
    await expect(store.updateMeeting(m.id, { date: '2025-03-19' })).rejects.toThrow('justerat');
    await expect(store.updateMeeting(m.id, { registrationDeadline: '2025-03-10' })).resolves.toBeTruthy();
    expect((await store.items(m.id))[0]!.notes).toBeUndefined();
  });

  it('lets an action item be marked done after adjustment, without touching what was signed', async () => {
    const { store } = await setup();
    const m = await store.createMeeting(board('2025-03-18'), ['Ekonomi']);
    const [eco] = await store.items(m.id);
    await store.updateItem(eco!.id, { actions: [{ id: 'a1', text: 'Skicka påminnelser', assignee: 'Karin', due: '2025-04-15' }] });
    const adjusted = await finaliseAndAdjust(store, m.id);
    await store.setActionDone(eco!.id, 'a1', true);
    expect((await store.items(m.id))[0]!.actions![0]!.done).toBe(true);
    const after = (await store.minutes.get(adjusted.id))!;
    expect(after.contentHash).toBe(adjusted.contentHash);
    expect(after.content).toEqual(adjusted.content);
  });

  it('makes a correction a new revision that keeps the old one and says what changed', async () => {
    const { store } = await setup();
    const m = await store.createMeeting(board('2025-03-18'), ['Öppnande', 'Ekonomi']);
    const [, eco] = await store.items(m.id);
    await store.ensureMinutes(m.id);
    await store.updateItem(eco!.id, { decisions: ['att anslå 50 000 kr'] });
    const first = await finaliseAndAdjust(store, m.id);
    const second = await store.correct(first.id, 'Fel belopp i § 2');
    expect(second.revision).toBe(2);
    await store.updateItem(eco!.id, { decisions: ['att anslå 55 000 kr'] });
    const meeting = (await store.meetings.get(m.id))!;
    const content = buildContent(meeting, await store.items(m.id), second, 1);
    const final = await store.finalise(second.id, content, await contentHash(content), 'Erik Berg', '2025-03-25');
    expect(final.changes).toEqual([{ kind: 'item', number: '2', title: 'Ekonomi', field: 'decisions', removed: '50', added: '55' }]);
    const revisions = await store.revisions(m.id);
    expect(revisions.map((r) => [r.revision, r.status, Boolean(r.supersededBy)])).toEqual([[1, 'adjusted', true], [2, 'finalised', false]]);
    expect(revisions[0]!.content!.items[1]!.decisions).toEqual(['att anslå 50 000 kr']);
    await expect(store.correct(first.id, 'igen')).rejects.toThrow();
  });

  it('lets the secretary reopen finalised minutes before adjustment', async () => {
    const { store } = await setup();
    const m = await store.createMeeting(board('2025-03-18'), ['Öppnande']);
    const minutes = await store.updateMinutes((await store.ensureMinutes(m.id)).id, { chair: 'A', secretary: 'B', adjusters: ['C'] });
    const meeting = (await store.meetings.get(m.id))!;
    const content = buildContent(meeting, await store.items(m.id), minutes, 1);
    await store.finalise(minutes.id, content, await contentHash(content), 'B', '2025-03-18');
    const [item] = await store.items(m.id);
    await expect(store.updateItem(item!.id, { notes: 'x' })).rejects.toThrow('färdigställt');
    const reopened = await store.reopen(minutes.id);
    expect(reopened.status).toBe('draft');
    expect(reopened.contentHash).toBeUndefined();
    await expect(store.updateItem(item!.id, { notes: 'x' })).resolves.toMatchObject({ notes: 'x' });
  });

  it('keeps a paragraph of 100,000 characters', async () => {
    const { store } = await setup();
    const m = await store.createMeeting(board('2025-03-18'), ['Lång diskussion']);
    const [item] = await store.items(m.id);
    const text = 'Föreningens framtid diskuterades ingående. '.repeat(2400).slice(0, 100_000);
    await store.updateItem(item!.id, { notes: text });
    expect((await store.items(m.id))[0]!.notes).toHaveLength(100_000);
  });
});
