// The repeating rows of a paragraph: action items and elections.
import { useMessages } from '../../i18n';
import type { ActionItem, Election } from '../../domain/meetings/types';
import { messages } from './messages';

export function ActionRows({ itemId, value, onChange }: { itemId: string; value: ActionItem[]; onChange(v: ActionItem[]): void }) {
  const t = useMessages(messages);
  if (value.length === 0) return null;
  const set = (i: number, patch: Partial<ActionItem>) => onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="meetings-rows">
      <legend>{t('para.actions')}</legend>
      {value.map((a, i) => (
        <div className="meetings-rows__row meetings-rows__row--action" key={a.id}>
          <label>
            <span>{t('action.text', { n: i + 1 })}</span>
            <input value={a.text} onChange={(e) => set(i, { text: e.target.value })} id={`action-${itemId}-${i}`} />
          </label>
          <label>
            <span>{t('action.assignee', { n: i + 1 })}</span>
            <input value={a.assignee ?? ''} onChange={(e) => set(i, { assignee: e.target.value || undefined })} />
          </label>
          <label>
            <span>{t('action.due', { n: i + 1 })}</span>
            <input type="date" value={a.due ?? ''} onChange={(e) => set(i, { due: e.target.value || undefined })} />
          </label>
          <button type="button" className="button button--quiet" aria-label={t('action.remove', { n: i + 1 })} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
    </fieldset>
  );
}

export function ElectionRows({ itemId, value, onChange }: { itemId: string; value: Election[]; onChange(v: Election[]): void }) {
  const t = useMessages(messages);
  if (value.length === 0) return null;
  const set = (i: number, patch: Partial<Election>) => onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="meetings-rows">
      <legend>{t('para.elections')}</legend>
      {value.map((e, i) => (
        <div className="meetings-rows__row" key={e.id}>
          <label>
            <span>{t('election.role', { n: i + 1 })}</span>
            <input value={e.role} placeholder={t('election.role.placeholder')} onChange={(ev) => set(i, { role: ev.target.value })} id={`election-${itemId}-${i}`} />
          </label>
          <label>
            <span>{t('election.name', { n: i + 1 })}</span>
            <input value={e.name} onChange={(ev) => set(i, { name: ev.target.value })} />
          </label>
          <label>
            <span>{t('election.term', { n: i + 1 })}</span>
            <input value={e.term ?? ''} placeholder={t('election.term.placeholder')} onChange={(ev) => set(i, { term: ev.target.value || undefined })} />
          </label>
          <button type="button" className="button button--quiet" aria-label={t('election.remove', { n: i + 1 })} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
    </fieldset>
  );
}
