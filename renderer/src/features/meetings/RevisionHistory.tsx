// Earlier revisions are kept as they were adjusted; each later one says why and what changed.
import { useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { describeChange } from '../../domain/meetings/revisions';
import { groupHash } from '../../domain/meetings/hash';
import { formatDate } from '../../domain/meetings/format';
import type { MinutesRecord } from '../../db/meetings/tables';
import { useProfile } from './data';
import { downloadMinutes } from './pdf';
import { messages } from './messages';

export function RevisionHistory({ revisions }: { revisions: MinutesRecord[] }) {
  const t = useMessages(messages);
  const lang = useLang();
  const profile = useProfile();
  const [failure, setFailure] = useState('');
  if (revisions.length < 2) return null;
  return (
    <div className="card">
      <h2>{t('history.heading')}</h2>
      <ul className="meetings-history">
        {[...revisions].reverse().map((r) => {
          const adjustedOn = r.approvals?.map((a) => a.date).sort().at(-1);
          return (
            <li key={r.id}>
              <strong>{t('minutes.revision', { n: r.revision })}</strong> – {t(`minutes.status.${r.status}`)}
              {r.status === 'adjusted' && adjustedOn && ` ${formatDate(adjustedOn, lang)}`}
              {r.supersededBy && <span className="muted"> · {t('history.superseded')}</span>}
              {r.contentHash && (
                <div className="small">
                  SHA-256 <code>{groupHash(r.contentHash)}</code>
                </div>
              )}
              {r.correctionReason && <div>{t('history.reason', { reason: r.correctionReason })}</div>}
              {r.changes && r.changes.length > 0 && (
                <ul className="small">
                  {r.changes.map((c, i) => (
                    <li key={i}>{describeChange(c, lang)}</li>
                  ))}
                </ul>
              )}
              {r.changes && r.changes.length === 0 && <div className="small muted">{t('history.noChanges')}</div>}
              {r.content && r.supersededBy && (
                <button type="button" className="button button--quiet" onClick={() => void downloadMinutes(profile, r.content!, 'adjusted', r.contentHash).catch((e: unknown) => setFailure(String(e)))}>
                  {t('history.pdf', { n: r.revision })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {failure && <p className="text-error">{failure}</p>}
    </div>
  );
}
