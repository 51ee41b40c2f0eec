// "Spara dagordningen som mall": the agenda as it stands becomes one of the association's own
// templates, offered beside the built-in ones when the next meeting is created.
import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import { TemplateError } from '../../db/meetings/agendaTemplates';
import type { MeetingKind } from '../../domain/meetings/types';
import { useTemplateRepo } from './data';
import { messages } from './messages';

export function SaveAsTemplate({ items, kind }: { items: string[]; kind: MeetingKind }) {
  const t = useMessages(messages);
  const repo = useTemplateRepo();
  const id = useId();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saved' | 'failed'; text: string }>({ kind: 'idle', text: '' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await repo.save({ name, items, kind });
      setStatus({ kind: 'saved', text: t('tpl.saved', { name: saved.name }) });
      setName('');
    } catch (err) {
      setStatus({ kind: 'failed', text: err instanceof TemplateError ? t(`tpl.problem.${err.problem}`) : err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <form className="meetings-inline meetings-save-template" onSubmit={submit} noValidate>
      <label className="meetings-inline__field meetings-inline__grow" htmlFor={`${id}-name`}>
        <span>{t('tpl.saveLabel')}</span>
        <input id={`${id}-name`} value={name} placeholder={t('tpl.namePlaceholder')} aria-invalid={status.kind === 'failed' || undefined} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" className="button">
        {t('tpl.save')}
      </button>
      <a href={hrefFor('meetings', 'mallar')} className="small">
        {t('tpl.manage')}
      </a>
      <span role="status" aria-live="polite" className={`meetings-inline__status small${status.kind === 'failed' ? ' text-error' : ''}`}>
        {status.text}
      </span>
    </form>
  );
}
