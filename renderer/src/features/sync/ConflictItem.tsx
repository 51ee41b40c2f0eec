import { useEffect, useRef, useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { TextArea } from '../../ui/Field';
import type { ConflictRow } from '../../db/sync/tables';
import { resolveConflict, type Choice } from '../../db/sync/resolve';
import { DELETED_FIELD } from '../../domain/sync/types';
import { messages } from './messages';
import { clockTime, fieldName, formatValue, formatWhen } from './format';
import { useAreaName } from './RunSummary';

function Side({ title, side, deleted }: { title: string; side: ConflictRow['kept']; deleted: boolean }) {
  const t = useMessages(messages);
  const lang = useLang();
  const when = clockTime(side.clock);
  let shown: string;
  if (deleted && side.value === null) shown = t('conflicts.deleted');
  else if (deleted && side.value && typeof side.value === 'object') {
    shown = Object.entries(side.value as Record<string, unknown>).map(([f, v]) => `${fieldName(f, lang)}: ${formatValue(v, t('conflicts.empty'))}`).join('\n');
  } else shown = formatValue(side.value, t('conflicts.empty'));
  return (
    <div className="sync__side">
      <div className="sync__side-title">{title}</div>
      <div className="sync__value">{shown}</div>
      {side.by && side.clock && <div className="muted small">{t('conflicts.by', { who: side.by, when: formatWhen(when, lang) })}</div>}
    </div>
  );
}

export function ConflictItem({ conflict: c, highlight = false }: { conflict: ConflictRow; highlight?: boolean }) {
  const t = useMessages(messages);
  const lang = useLang();
  const area = useAreaName();
  const { repos } = useApp();
  const [editing, setEditing] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!highlight) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus({ preventScroll: true });
  }, [highlight]);
  const [draft, setDraft] = useState(typeof c.kept.value === 'string' ? c.kept.value : '');
  const [error, setError] = useState('');
  const deletion = c.field === DELETED_FIELD;
  const editable = !deletion && (typeof c.kept.value === 'string' || typeof c.lost.value === 'string' || c.kept.value == null);

  async function choose(choice: Choice) {
    setError('');
    try {
      await resolveConflict(repos.db, repos.ctx, c.id, choice);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  const heading = deletion
    ? t('conflicts.deleteKind')
    : `${fieldName(c.field, lang)}${c.kind === 'clock' ? ` – ${t('conflicts.clockKind')}` : ''}`;
  return (
    <li
      ref={ref}
      className={`sync__conflict${highlight ? ' sync__conflict--highlight' : ''}`}
      tabIndex={highlight ? -1 : undefined}
      aria-current={highlight ? 'true' : undefined}
      data-conflict-id={c.id}
    >
      <div className="sync__conflict-head">
        <strong>{area(c.table)}{c.label ? `: ${c.label}` : ''}</strong>
        <span> – {heading}</span>
      </div>
      <div className="sync__sides">
        <Side title={t('conflicts.current')} side={c.kept} deleted={deletion} />
        <Side title={t('conflicts.other')} side={c.lost} deleted={deletion} />
      </div>
      {editing ? (
        <form
          className="sync__edit"
          onSubmit={(e) => { e.preventDefault(); void choose({ kind: 'edited', value: draft.trim() === '' ? undefined : draft }); }}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
        >
          <TextArea label={t('conflicts.ownValue')} value={draft} rows={3} autoFocus onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void choose({ kind: 'edited', value: draft }); } }} />
          <button type="submit" className="button button--primary">{t('conflicts.save')}</button>{' '}
          <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>{t('conflicts.cancel')}</button>
        </form>
      ) : (
        <div className="form__actions">
          {deletion ? (
            <>
              <button type="button" className="button" onClick={() => void choose({ kind: c.kept.value === null ? 'lost' : 'kept' })}>{t('conflicts.keepRecord')}</button>
              <button type="button" className="button" onClick={() => void choose({ kind: c.kept.value === null ? 'kept' : 'lost' })}>{t('conflicts.deleteRecord')}</button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={() => void choose({ kind: 'kept' })}>{t('conflicts.keep')}</button>
              <button type="button" className="button" onClick={() => void choose({ kind: 'lost' })}>{t('conflicts.take')}</button>
              {editable && <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>{t('conflicts.edit')}</button>}
            </>
          )}
          {error && <span className="text-error" role="alert">{error}</span>}
        </div>
      )}
    </li>
  );
}
