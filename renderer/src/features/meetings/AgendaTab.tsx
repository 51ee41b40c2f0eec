// The agenda: add, retitle, move (buttons or Alt+↑/↓) and remove items, and the meeting's facts.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { navigate } from '../../ui/routes';
import { lockReason } from '../../domain/meetings/adjustment';
import type { AgendaRecord, MeetingRecord } from '../../db/meetings/tables';
import { MeetingForm } from './MeetingForm';
import { useAutosave } from './autosave';
import { useStore } from './data';
import { messages } from './messages';
import { LockNotice } from './LockNotice';
import { SaveAsTemplate } from './SaveAsTemplate';

function AgendaRow({ item, index, count, locked, onMove, onRemove, inputRef }: { item: AgendaRecord; index: number; count: number; locked: boolean; onMove(by: -1 | 1): void; onRemove(): void; inputRef(el: HTMLInputElement | null): void }) {
  const t = useMessages(messages);
  const store = useStore();
  const draft = useAutosave(`title:${item.id}`, item.title, (title) => store.updateItem(item.id, { title }).then(() => undefined), locked);
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(e.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li className="meetings-agenda__row">
      <span className="meetings-agenda__number" aria-hidden="true">
        {index + 1}.
      </span>
      <input
        ref={inputRef}
        className="meetings-agenda__title"
        aria-label={t('agenda.itemTitle', { n: index + 1 })}
        value={draft.value}
        readOnly={locked}
        onKeyDown={onKey}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={() => void draft.flush()}
      />
      {!locked && (
        <span className="meetings-agenda__tools">
          <button type="button" className="button button--quiet" disabled={index === 0} aria-label={t('agenda.moveUp', { title: item.title })} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" className="button button--quiet" disabled={index === count - 1} aria-label={t('agenda.moveDown', { title: item.title })} onClick={() => onMove(1)}>
            ↓
          </button>
          <button type="button" className="button button--quiet" aria-label={t('agenda.remove', { title: item.title })} onClick={onRemove}>
            {t('agenda.removeShort')}
          </button>
        </span>
      )}
      {draft.error && <span className="text-error small">{draft.error}</span>}
    </li>
  );
}

export function AgendaTab({ meeting }: { meeting: MeetingRecord }) {
  const t = useMessages(messages);
  const store = useStore();
  const { value: items } = useLive(() => store.items(meeting.id), [store, meeting.id]);
  const { value: minutes } = useLive(() => store.currentMinutes(meeting.id), [store, meeting.id]);
  const reason = lockReason(minutes);
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const [focusId, setFocusId] = useState<string>();

  useEffect(() => {
    if (focusId) inputs.current.get(focusId)?.focus();
  }, [items, focusId]);

  const run = (p: Promise<unknown>) => p.then(() => setError('')).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));

  function add(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setError(t('agenda.titleRequired'));
    const list = items ?? [];
    const last = list.at(-1);
    // New business goes before the closing item, where the secretary would put it.
    const after = last && /avslutande|closing/i.test(last.title) ? list.at(-2)?.id : last?.id;
    void run(store.addItem(meeting.id, title.trim(), after).then((created) => setFocusId(created.id)));
    setTitle('');
  }

  return (
    <>
      <div className="card">
        <h2>{t('agenda.heading')}</h2>
        {reason && <LockNotice reason={reason} />}
        {!reason && <p className="muted small">{t('agenda.help')}</p>}
        <ol className="meetings-agenda">
          {(items ?? []).map((item, i, all) => (
            <AgendaRow
              key={item.id}
              item={item}
              index={i}
              count={all.length}
              locked={Boolean(reason)}
              inputRef={(el) => (el ? inputs.current.set(item.id, el) : inputs.current.delete(item.id))}
              onMove={(by) => {
                setFocusId(item.id);
                void run(store.moveItem(item.id, by));
              }}
              onRemove={() => void run(store.removeItem(item.id))}
            />
          ))}
        </ol>
        {(items ?? []).length === 0 && <p className="muted">{t('agenda.empty')}</p>}
        {!reason && (
          <form className="meetings-inline" onSubmit={add}>
            <input aria-label={t('agenda.newItem')} placeholder={t('agenda.newItem')} value={title} onChange={(e) => setTitle(e.target.value)} />
            <button type="submit" className="button">
              {t('agenda.add')}
            </button>
          </form>
        )}
        {error && (
          <p className="text-error" role="alert">
            {error}
          </p>
        )}
        {(items ?? []).length > 0 && <SaveAsTemplate items={(items ?? []).map((i) => i.title)} kind={meeting.kind} />}
      </div>
      <details className="card meetings-details">
        <summary>
          <h2>{t('edit.heading')}</h2>
        </summary>
        <MeetingForm
          key={meeting.id}
          initial={meeting}
          submitLabel={t('edit.save')}
          onSubmit={async (m) => {
            await store.updateMeeting(meeting.id, m);
          }}
        />
        {!reason && (
          <button
            type="button"
            className="button button--quiet meetings-danger"
            onClick={() => {
              if (window.confirm(t('edit.removeConfirm', { title: meeting.title }))) void run(store.removeMeeting(meeting.id).then(() => navigate('meetings')));
            }}
          >
            {t('edit.remove')}
          </button>
        )}
      </details>
    </>
  );
}
