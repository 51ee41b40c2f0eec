// Earlier imports of members, newest first, each undoable as a whole until it has been undone.
import { useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import type { MemberImportRecord } from '../../db/members/importRepository';
import { useMemberRepos } from './data';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { importMessages } from './importMessages';

export function ImportHistory() {
  const t = useMessages(importMessages);
  const lang = useLang();
  const { imports } = useMemberRepos();
  const { value: list } = useLive(() => imports.list(), [imports]);
  const [asking, setAsking] = useState<MemberImportRecord>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  async function undo() {
    if (!asking) return;
    setBusy(true);
    try {
      const done = await imports.undo(asking.id);
      setNote([t('undo.done'), done.undoSkipped ? t('undo.skipped', { n: done.undoSkipped }) : ''].filter(Boolean).join(' '));
      setAsking(undefined);
    } catch (err) {
      setNote(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  if (!list || list.length === 0) return null;
  return (
    <section className="card members-imports" aria-labelledby="members-imports-heading">
      <h2 id="members-imports-heading">{t('history.title')}</h2>
      {note && <p role="status" className="card--callout members-imports__note">{note}</p>}
      <ul>
        {list.map((r) => (
          <li key={r.id}>
            <span>
              {t('history.item', { file: r.fileName, date: when.format(new Date(r.at)), who: r.userName || '–', added: r.counts.added, updated: r.counts.updated })}
            </span>
            {r.undoneAt ? (
              <span className="muted"> · {t('history.undone', { date: when.format(new Date(r.undoneAt)) })}</span>
            ) : (
              <button type="button" className="button button--quiet" onClick={() => setAsking(r)}>{t('undo')}</button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog danger open={asking !== undefined} title={t('undo.title', { file: asking?.fileName ?? '' })} confirm={t('undo.confirm')} cancel={t('cancel')} busy={busy} onConfirm={() => void undo()} onClose={() => setAsking(undefined)}>
        <p>{t('undo.body')}</p>
      </ConfirmDialog>
    </section>
  );
}
