// Bilagor: the documents the minutes refer to ("Bilaga 1: Verksamhetsberättelse 2025"), numbered
// in list order and tied, if the secretary wants, to the paragraph they belong to. Only titles
// are kept: the documents themselves live where the association keeps its files, and a synced
// record stays small.
import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import type { AgendaRecord, MinutesRecord } from '../../db/meetings/tables';
import type { Attachment } from '../../domain/meetings/types';
import { useAutosave } from './autosave';
import { useStore } from './data';
import { messages } from './messages';
import { SaveStatus } from './SaveStatus';

export function AttachmentsEditor({ minutes, items, firstNumber }: { minutes: MinutesRecord; items: AgendaRecord[]; firstNumber: number }) {
  const t = useMessages(messages);
  const store = useStore();
  const id = useId();
  const draft = useAutosave<Attachment[]>(`attachments:${minutes.id}`, minutes.attachments ?? [], (v) => store.updateMinutes(minutes.id, { attachments: v.filter((a) => a.title.trim()) }).then(() => undefined));
  const [title, setTitle] = useState('');
  const [itemId, setItemId] = useState('');
  const v = draft.value;
  const set = (i: number, patch: Partial<Attachment>) => draft.change(v.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...v];
    next.splice(i + by, 0, ...next.splice(i, 1));
    draft.change(next);
  };

  function add(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return;
    draft.change([...v, { id: crypto.randomUUID(), title: title.trim(), itemId: itemId || undefined }]);
    setTitle('');
    setItemId('');
    document.getElementById(`${id}-title`)?.focus();
  }

  const paragraphOptions = items.map((item, i) => (
    <option key={item.id} value={item.id}>
      § {firstNumber + i} {item.title}
    </option>
  ));

  return (
    <div className="card">
      <div className="meetings-head">
        <h2>{t('attach.heading')}</h2>
        <SaveStatus state={draft.state} error={draft.error} />
      </div>
      <p className="muted small">{t('attach.help')}</p>
      {v.length > 0 && (
        <ol className="meetings-attachments">
          {v.map((a, i) => (
            <li key={a.id} className="meetings-attachments__row">
              <span className="meetings-attachments__number">{t('attach.number', { n: i + 1 })}</span>
              <input aria-label={t('attach.titleN', { n: i + 1 })} value={a.title} onChange={(e) => set(i, { title: e.target.value })} onBlur={() => void draft.flush()} />
              <select aria-label={t('attach.paragraphN', { n: i + 1 })} value={a.itemId ?? ''} onChange={(e) => set(i, { itemId: e.target.value || undefined })}>
                <option value="">{t('attach.noParagraph')}</option>
                {paragraphOptions}
              </select>
              <span className="meetings-agenda__tools">
                <button type="button" className="button button--quiet" disabled={i === 0} aria-label={t('attach.moveUp', { n: i + 1 })} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button type="button" className="button button--quiet" disabled={i === v.length - 1} aria-label={t('attach.moveDown', { n: i + 1 })} onClick={() => move(i, 1)}>
                  ↓
                </button>
                <button type="button" className="button button--quiet" aria-label={t('attach.remove', { n: i + 1 })} onClick={() => draft.change(v.filter((_, j) => j !== i))}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <form className="meetings-attachments__row meetings-attachments__add" onSubmit={add}>
        <label htmlFor={`${id}-title`} className="meetings-attachments__number">
          {t('attach.new')}
        </label>
        <input id={`${id}-title`} placeholder={t('attach.placeholder')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <select aria-label={t('attach.paragraph')} value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <option value="">{t('attach.noParagraph')}</option>
          {paragraphOptions}
        </select>
        <button type="submit" className="button">
          {t('attach.add')}
        </button>
      </form>
    </div>
  );
}
