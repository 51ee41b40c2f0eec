// The association's own agenda templates: rename, look at the items, delete. Templates are made
// from a meeting's agenda ("Spara som mall" on the agenda tab).
import { useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { hrefFor } from '../../ui/routes';
import { TemplateError, type AgendaTemplateRecord } from '../../db/meetings/agendaTemplates';
import { useOwnTemplates, useTemplateRepo } from './data';
import { messages } from './messages';

function TemplateRow({ template }: { template: AgendaTemplateRecord }) {
  const t = useMessages(messages);
  const repo = useTemplateRepo();
  const [name, setName] = useState(template.name);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  async function rename(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    try {
      await repo.rename(template.id, name);
      setError('');
      setSaved(true);
    } catch (err) {
      setError(err instanceof TemplateError ? t(`tpl.problem.${err.problem}`) : err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <li className="meetings-templates__item">
      <form className="meetings-inline" onSubmit={rename}>
        <label className="meetings-inline__field meetings-inline__grow">
          <span>{t('tpl.name')}</span>
          <input value={name} aria-invalid={Boolean(error) || undefined} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={name.trim() === template.name}>
          {t('tpl.rename')}
        </button>
        <button type="button" className="button button--quiet meetings-danger" aria-label={t('tpl.remove', { name: template.name })} onClick={() => window.confirm(t('tpl.removeConfirm', { name: template.name })) && void repo.remove(template.id)}>
          {t('tpl.removeShort')}
        </button>
        <span role="status" aria-live="polite" className="small">
          {error ? <span className="text-error">{error}</span> : saved && t('tpl.renamed')}
        </span>
      </form>
      <details>
        <summary className="small">{t('tpl.items', { n: template.items.length })}</summary>
        <ol className="small">
          {template.items.map((title, i) => (
            <li key={i}>{title}</li>
          ))}
        </ol>
      </details>
    </li>
  );
}

export function TemplatesPage() {
  const t = useMessages(messages);
  const templates = useOwnTemplates();
  return (
    <section aria-labelledby="page-title">
      <p className="meetings-crumb">
        <a href={hrefFor('meetings')}>{t('back.list')}</a>
      </p>
      <h1 id="page-title">{t('tpl.heading')}</h1>
      <p className="muted">{t('tpl.help')}</p>
      {templates && templates.length === 0 && (
        <EmptyState title={t('tpl.emptyTitle')}>
          <p>{t('tpl.emptyText')}</p>
        </EmptyState>
      )}
      {templates && templates.length > 0 && (
        <div className="card">
          <ul className="meetings-templates">
            {templates.map((tpl) => (
              <TemplateRow key={tpl.id} template={tpl} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
