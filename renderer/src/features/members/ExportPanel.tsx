// Exports of the list shown or of the whole register, with a plain message about what was saved.
import { memo, useMemo, useState } from 'react';
import { useMessages } from '../../i18n';
import type { CategoryRecord, MemberRecord } from '../../domain/members/model';
import { countConsenting } from '../../domain/members/search';
import { copyText, emailAddresses, exportCsv, exportPdf, exportXlsx } from './exports';
import { today, useProfile } from './data';
import { messages } from './messages';

type Kind = 'csv' | 'xlsx' | 'pdf' | 'emails';
type Status = { kind: 'idle' } | { kind: 'working'; what: string } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

// Memoised: it renders when its lists change, not with every change of the list's other state.
export const ExportPanel = memo(function ExportPanel({ shown, all, categories }: { shown: MemberRecord[]; all: MemberRecord[]; categories: CategoryRecord[] }) {
  const t = useMessages(messages);
  const profile = useProfile();
  const [scope, setScope] = useState<'list' | 'all'>('list');
  const [consentOnly, setConsentOnly] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const chosen = scope === 'list' ? shown : all;
  // Counted once per list, not per render, and from the search index's plain array rather than the
  // records (the list shown changes with every keystroke and can hold 10,000 members); the list of
  // those who consented is made only when it is the one to export.
  const consenting = useMemo(() => countConsenting(chosen), [chosen]);
  const members = consentOnly ? chosen.filter((m) => m.consentDirectory) : chosen;

  async function run(kind: Kind) {
    if (members.length === 0) return setStatus({ kind: 'failed', text: t('export.nothing') });
    const labels: Record<Kind, string> = { csv: t('export.csv'), xlsx: t('export.xlsx'), pdf: t('export.pdf'), emails: t('export.emails') };
    setStatus({ kind: 'working', what: labels[kind] });
    try {
      const date = today();
      switch (kind) {
        case 'csv':
          return setStatus({ kind: 'done', text: t('export.saved', { file: exportCsv(members, categories, date) }) });
        case 'xlsx':
          return setStatus({ kind: 'done', text: t('export.saved', { file: await exportXlsx(members, categories, date) }) });
        case 'pdf': {
          if (!profile?.name?.trim()) return setStatus({ kind: 'failed', text: t('export.pdfNoName') });
          const file = await exportPdf(members, categories, profile, t('export.pdfTitle'), date);
          return setStatus({ kind: 'done', text: t('export.saved', { file }) });
        }
        case 'emails': {
          const list = emailAddresses(members);
          if (list.length === 0) return setStatus({ kind: 'failed', text: t('export.emailsNone') });
          await copyText(list.join('; '));
          return setStatus({ kind: 'done', text: t('export.emailsDone', { n: list.length }) });
        }
      }
    } catch (err) {
      setStatus({ kind: 'failed', text: t('export.failed', { message: err instanceof Error ? err.message : String(err) }) });
    }
  }

  return (
    <section className="card members-export" aria-labelledby="members-export-heading">
      <h2 id="members-export-heading">{t('export.summary')}</h2>
      <fieldset className="members-export__scope">
        <legend>{t('export.scope')}</legend>
        <label>
          <input type="radio" name="members-export-scope" checked={scope === 'list'} onChange={() => setScope('list')} /> {t('export.scope.list', { n: shown.length })}
        </label>
        <label>
          <input type="radio" name="members-export-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('export.scope.all', { n: all.length })}
        </label>
      </fieldset>
      <label className="members-export__consent">
        <input type="checkbox" checked={consentOnly} onChange={(e) => setConsentOnly(e.target.checked)} /> {t('export.consentOnly', { n: consenting })}
      </label>
      <div className="members-export__buttons">
        {(['csv', 'xlsx', 'pdf', 'emails'] as const).map((k) => (
          <button key={k} type="button" className="button" disabled={status.kind === 'working'} onClick={() => void run(k)}>
            {t(`export.${k}`)}
          </button>
        ))}
      </div>
      <p className="members-export__status" role="status" aria-live="polite">
        {status.kind === 'working' && t('export.working', { what: status.what })}
        {status.kind === 'done' && status.text}
        {status.kind === 'failed' && <span className="text-error">{status.text}</span>}
      </p>
    </section>
  );
});
