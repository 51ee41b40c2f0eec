import { useLang, useMessages } from '../../i18n';
import type { SyncRunRow } from '../../db/sync/tables';
import { messages, type SyncMessage } from './messages';
import { fieldName, formatWhen } from './format';
import { RenumberNotes } from './RenumberNotes';

export function useAreaName(): (table: string) => string {
  const t = useMessages(messages);
  return (table) => (`area.${table}` in messages.sv ? t(`area.${table}` as SyncMessage) : table);
}

function Counts({ counts, none }: { counts: Record<string, number>; none: string }) {
  const area = useAreaName();
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (entries.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul className="sync__counts">
      {entries.map(([table, n]) => (
        <li key={table}>
          <strong>{n}</strong> {area(table)}
        </li>
      ))}
    </ul>
  );
}

/** What the last sync brought in and sent out, and who changed what. */
export function RunSummary({ run }: { run: SyncRunRow }) {
  const t = useMessages(messages);
  const area = useAreaName();
  const lang = useLang();
  return (
    <div className="card" aria-labelledby="sync-run-heading">
      <h2 id="sync-run-heading">{t('run.heading')} <span className="muted small">{formatWhen(run.finishedAt, lang)}</span></h2>
      {run.status === 'failed' ? (
        <p className="text-error">{t('run.failed')}: {run.message}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('run.in')}</dt>
            <dd><Counts counts={run.in} none={t('run.none')} /></dd>
            <dt>{t('run.out')}</dt>
            <dd><Counts counts={run.out} none={t('run.none')} /></dd>
          </dl>
          {run.message && <p className="muted">{run.message}</p>}
          {run.copiesMerged > 0 && <p className="muted">{t('run.copies', { n: run.copiesMerged })}</p>}
          {run.copiesSkipped > 0 && <p className="text-error">{t('run.copiesSkipped', { n: run.copiesSkipped })}</p>}
          {run.quarantined > 0 && <p className="text-error">{t('run.quarantined', { n: run.quarantined })}</p>}
          <RenumberNotes notes={run.renumbered ?? []} />
          {run.changes.length > 0 && (
            <>
              <h3 className="sync__subheading">{t('run.who')}</h3>
              <ul className="sync__changes">
                {run.changes.map((c, i) => (
                  <li key={`${c.table}/${c.recordId}/${i}`}>
                    <strong>{c.by}</strong> {t(`kind.${c.kind}`)} {c.label ? `”${c.label}”` : area(c.table).toLowerCase()}
                    {c.kind === 'update' && c.fields.length > 0 && <span className="muted"> ({c.fields.map((f) => fieldName(f, lang)).join(', ')})</span>}
                    <span className="muted small"> – {formatWhen(c.at, lang)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
