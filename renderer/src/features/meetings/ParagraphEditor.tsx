// One paragraph (§) of the minutes as the secretary writes it: the discussion, the decisions
// (set apart), action items (who, what, by when), elections, and "omedelbart justerad".
// Everything is saved as it is typed.
import { useMessages } from '../../i18n';
import type { AgendaRecord } from '../../db/meetings/tables';
import type { ActionItem, Election } from '../../domain/meetings/types';
import { useAutosave } from './autosave';
import { useStore } from './data';
import { messages } from './messages';
import { SaveStatus } from './SaveStatus';
import { ActionRows, ElectionRows } from './ParagraphRows';
import { loadRegister } from '../../db/meetings/register';
import { formatDate, localIsoDate } from '../../domain/meetings/format';
import { actionStatus, sortActions } from '../../domain/meetings/register';
import { useLang } from '../../i18n';
import { useState } from 'react';
import { insertBylawRef } from '../../domain/meetings/bylawRefs';
import { BylawLinks, BylawPicker } from './BylawRefs';

type Draft = { title: string; notes: string; decisions: string[]; actions: ActionItem[]; elections: Election[]; immediate: boolean };

function draftOf(item: AgendaRecord): Draft {
  return { title: item.title, notes: item.notes ?? '', decisions: item.decisions ?? [], actions: item.actions ?? [], elections: item.elections ?? [], immediate: Boolean(item.immediate) };
}

export function ParagraphEditor({ item, number, onRemove }: { item: AgendaRecord; number: string; onRemove(): void }) {
  const t = useMessages(messages);
  const store = useStore();
  const draft = useAutosave(`item:${item.id}`, draftOf(item), (v) =>
    store.updateItem(item.id, { title: v.title, notes: v.notes || undefined, decisions: v.decisions, actions: v.actions, elections: v.elections, immediate: v.immediate || undefined }).then(() => undefined),
  );
  const v = draft.value;
  const set = (patch: Partial<Draft>) => draft.change({ ...v, ...patch });
  const label = `§ ${number} ${v.title}`;
  const lang = useLang();
  // "Uppföljning av föregående protokoll": the open action items of earlier meetings, as text to edit.
  const followUp = /uppföljning|follow-up/i.test(v.title);
  async function pullOpenActions() {
    const today = localIsoDate();
    const { actions } = await loadRegister(store);
    const open = sortActions(actions, today).filter((a) => a.meetingId !== item.meetingId && actionStatus(a, today) !== 'done');
    const lines = open.map((a) => `– ${a.text}${a.assignee ? ` (${a.assignee}` : ''}${a.due ? `${a.assignee ? ', ' : ' ('}${t('view.due', { date: formatDate(a.due, lang) })}` : ''}${a.assignee || a.due ? ')' : ''}, § ${a.number} ${a.meetingTitle}`);
    set({ notes: [v.notes.trim(), lines.length ? lines.join('\n') : t('para.noOpenActions')].filter(Boolean).join('\n') });
  }
  const [picking, setPicking] = useState(false);
  function insertRef(number: string) {
    const area = document.getElementById(`notes-${item.id}`) as HTMLTextAreaElement | null;
    const at = area && document.activeElement !== area && area.selectionStart === 0 && area.selectionEnd === 0 ? v.notes.length : (area?.selectionStart ?? v.notes.length);
    const next = insertBylawRef(v.notes, at, number);
    set({ notes: next.text });
    setPicking(false);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  }
  const rows = Math.min(24, Math.max(3, Math.ceil(v.notes.length / 90) + v.notes.split('\n').length));

  return (
    <section className="meetings-para" aria-label={label}>
      <div className="meetings-para__head">
        <span className="meetings-para__number">§ {number}</span>
        <input className="meetings-para__title" aria-label={t('para.title', { n: number })} value={v.title} onChange={(e) => set({ title: e.target.value })} />
        <SaveStatus state={draft.state} error={draft.error} />
      </div>
      <div className="field">
        <label htmlFor={`notes-${item.id}`}>{t('para.notes')}</label>
        <textarea id={`notes-${item.id}`} rows={rows} value={v.notes} onChange={(e) => set({ notes: e.target.value })} onBlur={() => void draft.flush()} />
        <BylawLinks text={v.notes} />
      </div>
      {picking && <BylawPicker onPick={insertRef} onClose={() => setPicking(false)} />}
      <div className="meetings-decisions">
        {v.decisions.map((d, i) => (
          <div className="field meetings-decision" key={i}>
            <label htmlFor={`decision-${item.id}-${i}`}>{t('para.decision', { n: i + 1 })}</label>
            <textarea id={`decision-${item.id}-${i}`} rows={2} placeholder={t('para.decision.placeholder')} value={d} onChange={(e) => set({ decisions: v.decisions.map((x, j) => (j === i ? e.target.value : x)) })} />
            <button type="button" className="button button--quiet" onClick={() => set({ decisions: v.decisions.filter((_, j) => j !== i) })}>
              {t('para.removeDecision', { n: i + 1 })}
            </button>
          </div>
        ))}
      </div>
      <ActionRows itemId={item.id} value={v.actions} onChange={(actions) => set({ actions })} />
      <ElectionRows itemId={item.id} value={v.elections} onChange={(elections) => set({ elections })} />
      <div className="meetings-para__tools">
        <button type="button" className="button" onClick={() => set({ decisions: [...v.decisions, ''] })}>
          {t('para.addDecision')}
        </button>
        <button type="button" className="button" onClick={() => set({ actions: [...v.actions, { id: crypto.randomUUID(), text: '' }] })}>
          {t('para.addAction')}
        </button>
        <button type="button" className="button" onClick={() => set({ elections: [...v.elections, { id: crypto.randomUUID(), role: '', name: '' }] })}>
          {t('para.addElection')}
        </button>
        <button type="button" className="button" aria-expanded={picking} onClick={() => setPicking(!picking)}>
          {t('bylaw.refer')}
        </button>
        {followUp && (
          <button type="button" className="button" onClick={() => void pullOpenActions()}>
            {t('para.pullActions')}
          </button>
        )}
        <label className="meetings-check">
          <input type="checkbox" checked={v.immediate} onChange={(e) => set({ immediate: e.target.checked })} />
          {t('para.immediate')}
        </label>
        <button type="button" className="button button--quiet meetings-danger" onClick={onRemove}>
          {t('para.remove', { n: number })}
        </button>
      </div>
    </section>
  );
}
