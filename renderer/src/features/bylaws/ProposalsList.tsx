import type { ProposalRecord, VersionRecord } from '../../db/bylaws/repositories';
import { useMessages } from '../../i18n';
import { bylawsHref } from './links';
import { messages } from './messages';
import { StandingBadge, StandingText } from './StandingBadge';

/** The open amendment proposals (above the text), or the decided ones (kept below the history). */
export function ProposalsList({ proposals, current, which }: { proposals: ProposalRecord[]; current: VersionRecord; which: 'open' | 'closed' }) {
  const t = useMessages(messages);
  const shown = proposals.filter((p) => (p.status === 'open') === (which === 'open'));
  if (!shown.length) return null;
  const id = `bylaws-proposals-${which}-h`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t(which === 'open' ? 'proposals.title' : 'proposals.closed')}</h2>
      <ul className="bylaws-list">
        {shown.map((p) => (
          <li key={p.id} className="bylaws-list__item">
            <a href={bylawsHref.proposal(p.id)}>{p.title}</a> <StandingBadge proposal={p} />
            <div className="muted small">
              {t(`kind.${p.kind}`)}
              {p.kind === 'motion' && p.author ? ` (${p.author})` : ''} · <StandingText proposal={p} />
              {p.status === 'open' && p.baseVersionId !== current.id && <span className="text-error"> · {t('proposals.stale')}</span>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
