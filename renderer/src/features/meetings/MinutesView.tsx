// Finalised minutes as they were signed: read-only, from the frozen content.
import { useLang, useMessages } from '../../i18n';
import type { MinutesContent } from '../../domain/meetings/types';
import { electionSentence, IMMEDIATE_SENTENCE } from '../../domain/meetings/content';
import { formatDate } from '../../domain/meetings/format';
import { messages } from './messages';
import { TextWithBylawLinks } from './BylawRefs';

export function MinutesView({ content }: { content: MinutesContent }) {
  const t = useMessages(messages);
  const lang = useLang();
  const names = (p: MinutesContent['attendees']) => p.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ');
  const by = (presence: string) => content.attendees.filter((a) => a.presence === presence);
  return (
    <div className="card meetings-view">
      <dl className="facts">
        <dt>{t('people.chair')}</dt>
        <dd>{content.chair}</dd>
        <dt>{t('people.secretary')}</dt>
        <dd>{content.secretary}</dd>
        <dt>{t('people.adjusters')}</dt>
        <dd>{content.adjusters.join(', ')}</dd>
        {by('present').length > 0 && (
          <>
            <dt>{t('presence.present')}</dt>
            <dd>{names(by('present'))}</dd>
          </>
        )}
        {by('coopted').length > 0 && (
          <>
            <dt>{t('presence.coopted')}</dt>
            <dd>{names(by('coopted'))}</dd>
          </>
        )}
        {by('absent').length > 0 && (
          <>
            <dt>{t('presence.absent')}</dt>
            <dd>{names(by('absent'))}</dd>
          </>
        )}
      </dl>
      {content.items.map((i) => (
        <section key={i.number} className="meetings-view__para" aria-label={`§ ${i.number} ${i.title}`}>
          <h3>
            <span className="meetings-para__number">§ {i.number}</span> {i.title}
          </h3>
          {i.notes && (
            <p className="meetings-view__notes">
              <TextWithBylawLinks text={i.notes} />
            </p>
          )}
          {(i.decisions.length > 0 || i.elections.length > 0 || i.immediate) && (
            <div className="meetings-view__decision">
              <strong>{t('view.decision')}</strong>
              {i.decisions.map((d, k) => (
                <p key={k}>{d}</p>
              ))}
              {i.elections.map((e, k) => (
                <p key={`e${k}`}>{electionSentence(e)}</p>
              ))}
              {i.immediate && <p>{IMMEDIATE_SENTENCE}</p>}
            </div>
          )}
          {i.actions.length > 0 && (
            <ul className="meetings-view__actions">
              {i.actions.map((a, k) => (
                <li key={k}>
                  {a.text}
                  {(a.assignee || a.due) && <span className="muted"> ({[a.assignee, a.due && t('view.due', { date: formatDate(a.due, lang) })].filter(Boolean).join(', ')})</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {content.attachments && content.attachments.length > 0 && (
        <section className="meetings-view__para" aria-label={t('view.attachments')}>
          <h3>{t('view.attachments')}</h3>
          <ol className="meetings-view__attachments">
            {content.attachments.map((a) => (
              <li key={a.number}>
                {t('attach.number', { n: a.number })}: {a.title}
                {a.paragraph && <span className="muted"> (§ {a.paragraph})</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
