// Reads every meeting's decisions and action items. Adjusted minutes are read from their signed
// content (the numbers and words that were adjusted); drafts from the live paragraphs.
import { electionSentence } from '../../domain/meetings/content';
import type { ActionRow, DecisionRow } from '../../domain/meetings/register';
import { firstNumberIn, type MeetingsStore } from './store';

export async function loadRegister(store: MeetingsStore, fiscalYearStart?: string): Promise<{ decisions: DecisionRow[]; actions: ActionRow[] }> {
  const all = await store.everything();
  const decisions: DecisionRow[] = [];
  const actions: ActionRow[] = [];
  for (const m of all.meetings) {
    const minutes = all.minutes.filter((r) => r.meetingId === m.id).sort((a, b) => a.revision - b.revision).at(-1);
    const items = all.items.filter((i) => i.meetingId === m.id);
    const first = firstNumberIn(all, m.id, fiscalYearStart);
    const base = { meetingId: m.id, meetingTitle: m.title, kind: m.kind, date: m.date };
    if (minutes?.content) {
      for (const i of minutes.content.items) {
        for (const text of [...i.decisions, ...i.elections.map(electionSentence)]) decisions.push({ ...base, number: i.number, itemTitle: i.title, text, adjusted: minutes.status === 'adjusted' });
      }
    } else {
      items.forEach((i, k) => {
        for (const text of [...(i.decisions ?? []), ...(i.elections ?? []).filter((e) => e.name.trim()).map(electionSentence)]) {
          if (text.trim()) decisions.push({ ...base, number: String(first + k), itemTitle: i.title, text: text.trim(), adjusted: false });
        }
      });
    }
    // Follow-up state lives on the paragraph, outside the signed content.
    items.forEach((i, k) => {
      for (const a of i.actions ?? []) {
        if (a.text.trim()) actions.push({ meetingId: m.id, itemId: i.id, actionId: a.id, meetingTitle: m.title, date: m.date, number: String(first + k), text: a.text.trim(), assignee: a.assignee, due: a.due, done: Boolean(a.done) });
      }
    });
  }
  return { decisions, actions };
}
