// Who changed what and when, from the change log every repository write leaves behind; field
// names in words, not in code.
import { useLang, useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { fieldLabel, inFormOrder } from '../../domain/members/fieldLabels';
import { useMemberRepos } from './data';
import { pageMessages } from './pageMessages';

const HIDDEN = new Set(['memberNumber']);

export function HistoryList({ id }: { id: string }) {
  const t = useMessages(pageMessages);
  const lang = useLang();
  const { members } = useMemberRepos();
  const { value: entries } = useLive(() => members.history(id), [members, id]);
  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const list = new Intl.ListFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' });
  return (
    <section className="card members-history" aria-labelledby="members-history-heading">
      <h2 id="members-history-heading">{t('history.title')}</h2>
      {entries && entries.length === 0 && <p className="muted">{t('history.none')}</p>}
      <ol className="members-history__list">
        {(entries ?? []).map((e) => {
          const who = e.userName || t('history.unknownUser');
          const fields = list.format(inFormOrder(e.fields).filter((f) => !HIDDEN.has(f)).map((f) => fieldLabel(f, lang).toLocaleLowerCase(lang === 'sv' ? 'sv-SE' : 'en-GB')));
          return (
            <li key={e.seq}>
              <time dateTime={e.at} className="muted small">{when.format(new Date(e.at))}</time>
              <span>{e.kind === 'update' ? t('history.update', { who, fields }) : t(e.kind === 'create' ? 'history.create' : 'history.delete', { who })}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
