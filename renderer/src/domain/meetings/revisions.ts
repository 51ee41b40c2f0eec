// What a correction changed: the adjusted revision and its successor compared paragraph by
// paragraph (aligned on their titles, so an inserted § shows as added rather than as every later
// § changed), with the changed words of each text — stored with the new revision and printed.
import { diffArrays, diffWords } from 'diff';
import type { Minutes, MinutesContent } from './types';
import type { Lang } from './templates';
import { electionSentence, IMMEDIATE_SENTENCE, type PdfExtras } from './content';

type Item = MinutesContent['items'][number];
type ItemField = 'title' | 'notes' | 'decisions' | 'elections' | 'actions' | 'immediate';
type HeadField = 'title' | 'date' | 'time' | 'places' | 'chair' | 'secretary' | 'adjusters' | 'attendees';

export type RevisionChange =
  | { kind: 'head'; field: HeadField; removed: string; added: string }
  | { kind: 'itemAdded' | 'itemRemoved'; number: string; title: string }
  | { kind: 'item'; number: string; title: string; field: ItemField; removed: string; added: string };

const MAX_FRAGMENT = 160;

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_FRAGMENT ? `${t.slice(0, MAX_FRAGMENT - 1)}…` : t;
}

/** The words taken out and put in, each run joined with " … ". */
export function changedWords(before: string, after: string): { removed: string; added: string } {
  const parts = diffWords(before, after);
  const pick = (flag: 'added' | 'removed') => clip(parts.filter((p) => p[flag]).map((p) => p.value.trim()).filter(Boolean).join(' … '));
  return { removed: pick('removed'), added: pick('added') };
}

const lines = {
  decisions: (i: Item) => i.decisions.join('\n'),
  elections: (i: Item) => i.elections.map(electionSentence).join('\n'),
  actions: (i: Item) => i.actions.map((a) => [a.text, a.assignee, a.due].filter(Boolean).join(', ')).join('\n'),
  immediate: (i: Item) => (i.immediate ? IMMEDIATE_SENTENCE : ''),
  title: (i: Item) => i.title,
  notes: (i: Item) => i.notes ?? '',
};

function head(c: MinutesContent): Record<HeadField, string> {
  return {
    title: c.meeting.title,
    date: c.meeting.date,
    time: [c.meeting.startTime, c.meeting.endTime].filter(Boolean).join('–'),
    places: c.meeting.places.join('; '),
    chair: c.chair,
    secretary: c.secretary,
    adjusters: c.adjusters.join(', '),
    attendees: c.attendees.map((a) => `${a.name} (${a.presence})`).join(', '),
  };
}

export function revisionChanges(before: MinutesContent, after: MinutesContent): RevisionChange[] {
  const changes: RevisionChange[] = [];
  const hb = head(before);
  const ha = head(after);
  for (const field of Object.keys(hb) as HeadField[]) {
    if (hb[field] !== ha[field]) changes.push({ kind: 'head', field, ...changedWords(hb[field], ha[field]) });
  }
  // Align on titles; a removed and an added run of equal length in the same place are the same
  // paragraphs retitled.
  const runs = diffArrays(before.items, after.items, { comparator: (a, b) => a.title === b.title });
  let bi = 0;
  let ai = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const next = runs[r + 1];
    if (run.removed && next?.added && next.count === run.count) {
      for (let k = 0; k < run.count; k++) compareItems(before.items[bi + k]!, after.items[ai + k]!, changes);
      bi += run.count;
      ai += run.count;
      r++;
    } else if (run.removed) {
      for (let k = 0; k < run.count; k++) changes.push({ kind: 'itemRemoved', number: before.items[bi + k]!.number, title: before.items[bi + k]!.title });
      bi += run.count;
    } else if (run.added) {
      for (let k = 0; k < run.count; k++) changes.push({ kind: 'itemAdded', number: after.items[ai + k]!.number, title: after.items[ai + k]!.title });
      ai += run.count;
    } else {
      for (let k = 0; k < run.count; k++) compareItems(before.items[bi + k]!, after.items[ai + k]!, changes);
      bi += run.count;
      ai += run.count;
    }
  }
  return changes;
}

function compareItems(b: Item, a: Item, out: RevisionChange[]): void {
  for (const field of ['title', 'notes', 'decisions', 'elections', 'actions', 'immediate'] as const) {
    const x = lines[field](b);
    const y = lines[field](a);
    if (x !== y) out.push({ kind: 'item', number: a.number, title: a.title, field, ...changedWords(x, y) });
  }
}

const words: Record<Lang, { head: Record<HeadField, string>; item: Record<ItemField, string>; added: string; removed: string; paragraphAdded: string; paragraphRemoved: string }> = {
  sv: {
    head: { title: 'Rubrik', date: 'Datum', time: 'Tid', places: 'Plats', chair: 'Ordförande', secretary: 'Sekreterare', adjusters: 'Justerare', attendees: 'Närvaro' },
    item: { title: 'rubrik', notes: 'text', decisions: 'beslut', elections: 'val', actions: 'åtgärder', immediate: 'omedelbar justering' },
    added: 'tillagt',
    removed: 'struket',
    paragraphAdded: 'tillagd',
    paragraphRemoved: 'struken',
  },
  en: {
    head: { title: 'Title', date: 'Date', time: 'Time', places: 'Place', chair: 'Chair', secretary: 'Secretary', adjusters: 'Adjusters', attendees: 'Attendance' },
    item: { title: 'title', notes: 'text', decisions: 'decisions', elections: 'elections', actions: 'action items', immediate: 'immediate adjustment' },
    added: 'added',
    removed: 'removed',
    paragraphAdded: 'added',
    paragraphRemoved: 'removed',
  },
};

/** "§ 3 Ekonomisk rapport, beslut: struket ”50 000 kr”, tillagt ”55 000 kr”" */
export function describeChange(c: RevisionChange, lang: Lang = 'sv'): string {
  const w = words[lang];
  const q = (s: string) => (lang === 'sv' ? `”${s}”` : `“${s}”`);
  const edits = (removed: string, added: string) =>
    [removed && `${w.removed} ${q(removed)}`, added && `${w.added} ${q(added)}`].filter(Boolean).join(', ');
  switch (c.kind) {
    case 'head':
      return `${w.head[c.field]}: ${edits(c.removed, c.added)}`;
    case 'itemAdded':
      return `§ ${c.number} ${c.title}: ${w.paragraphAdded}`;
    case 'itemRemoved':
      return `§ ${c.number} ${c.title}: ${w.paragraphRemoved}`;
    case 'item':
      return `§ ${c.number} ${c.title}, ${w.item[c.field]}: ${edits(c.removed, c.added)}`;
  }
}

/**
 * What the PDF prints beside the content: who approved and when, and for a correction the day
 * the replaced revision was adjusted (its last approval), the reason and what changed.
 */
export function pdfExtras(minutes: Pick<Minutes, 'approvals' | 'previousId' | 'correctionReason' | 'changes'>, previous: Pick<Minutes, 'approvals'> | undefined): PdfExtras {
  const adjustedOn = (m: Pick<Minutes, 'approvals'>) => (m.approvals ?? []).map((a) => a.date).sort().at(-1);
  return {
    approvals: minutes.approvals,
    correction: minutes.previousId
      ? { replacesAdjusted: previous ? adjustedOn(previous) : undefined, reason: minutes.correctionReason, changes: (minutes.changes ?? []).map((c) => describeChange(c, 'sv')) }
      : undefined,
  };
}
