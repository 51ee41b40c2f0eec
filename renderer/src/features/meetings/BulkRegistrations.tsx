// Many registrations at once: pasted from a spreadsheet or a web form's export, checked first
// (rows that cannot be read are named and nothing is saved), then saved in one transaction.
import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import { parseBulkRegistrations, type BulkError } from '../../domain/meetings/bulkRegistrations';
import type { MeetingRecord } from '../../db/meetings/tables';
import { placeLine } from '../../domain/meetings/content';
import { useStore, type MemberRef } from './data';
import { messages } from './messages';

export function BulkRegistrations({ meeting, members }: { meeting: MeetingRecord; members: MemberRef[] }) {
  const t = useMessages(messages);
  const store = useStore();
  const id = useId();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<BulkError[]>([]);
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'failed'; n?: number; text?: string }>({ kind: 'idle' });
  const places = meeting.places.map((p) => p.name || placeLine(p));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseBulkRegistrations(text, places);
    setErrors(parsed.errors);
    if (parsed.errors.length > 0 || parsed.rows.length === 0) return setStatus({ kind: 'idle' });
    setStatus({ kind: 'busy' });
    const byName = new Map(members.map((m) => [m.name.toLocaleLowerCase('sv'), m.id]));
    try {
      await store.registrations.transaction(async () => {
        for (const r of parsed.rows) {
          await store.registrations.create({ meetingId: meeting.id, ...r, lunch: r.lunch || undefined, memberId: r.organisation ? byName.get(r.organisation.toLocaleLowerCase('sv')) : undefined });
        }
      });
      setText('');
      setStatus({ kind: 'done', n: parsed.rows.length });
    } catch (err) {
      setStatus({ kind: 'failed', text: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <details className="card meetings-details">
      <summary>
        <h2>{t('bulk.heading')}</h2>
      </summary>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('bulk.label')}</label>
          <textarea id={`${id}-text`} rows={8} value={text} placeholder={t('bulk.placeholder')} onChange={(e) => setText(e.target.value)} />
          <p className="field__hint">{t('bulk.hint', { places: places.join(', ') || '–' })}</p>
        </div>
        {errors.length > 0 && (
          <ul className="text-error" role="alert">
            {errors.slice(0, 10).map((er) => (
              <li key={er.row}>{t(`bulk.error.${er.code}`, { row: er.row, value: er.value ?? '' })}</li>
            ))}
            {errors.length > 10 && <li>{t('bulk.moreErrors', { n: errors.length - 10 })}</li>}
            <li>{t('bulk.nothingSaved')}</li>
          </ul>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={status.kind === 'busy' || !text.trim()}>
            {t('bulk.submit')}
          </button>
          <span className="form__status" role="status" aria-live="polite">
            {status.kind === 'busy' && t('bulk.busy')}
            {status.kind === 'done' && t('bulk.done', { n: status.n ?? 0 })}
            {status.kind === 'failed' && <span className="text-error">{status.text}</span>}
          </span>
        </div>
      </form>
    </details>
  );
}
