// One meeting: its facts at the top, then tabs for the agenda, the notice, registrations and the
// minutes. Each tab has its own address.
import { useLang, useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { EmptyState } from '../../ui/EmptyState';
import { hrefFor } from '../../ui/routes';
import { formatDateWithWeekday, formatTimeRange, kindName } from '../../domain/meetings/format';
import { placeLine } from '../../domain/meetings/content';
import { useProfile, useStore } from './data';
import { saveFile } from '../../platform/files';
import { meetingToIcs } from '../../domain/meetings/ics';
import { messages } from './messages';
import { AgendaTab } from './AgendaTab';
import { NoticeTab } from './NoticeTab';
import { RegistrationsTab } from './RegistrationsTab';
import { MinutesTab } from './MinutesTab';

export type Tab = 'agenda' | 'notice' | 'registrations' | 'minutes';
export const TABS: { id: Tab; path: string }[] = [
  { id: 'agenda', path: 'dagordning' },
  { id: 'notice', path: 'kallelse' },
  { id: 'registrations', path: 'anmalan' },
  { id: 'minutes', path: 'protokoll' },
];

export function MeetingView({ id, tab }: { id: string; tab: Tab }) {
  const t = useMessages(messages);
  const lang = useLang();
  const store = useStore();
  const profile = useProfile();
  const { value: meeting, loading } = useLive(() => store.meetings.get(id), [store, id]);

  if (loading) return <p className="muted">{t('loading')}</p>;
  if (!meeting)
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('notFound.title')}</h1>
        <EmptyState title={t('notFound.title')}>
          <a href={hrefFor('meetings')}>{t('back.list')}</a>
        </EmptyState>
      </section>
    );

  const time = formatTimeRange(meeting.startTime, meeting.endTime, lang);
  return (
    <section aria-labelledby="page-title">
      <p className="meetings-crumb">
        <a href={hrefFor('meetings')}>{t('back.list')}</a>
      </p>
      <div className="meetings-head">
        <h1 id="page-title">{meeting.title}</h1>
        <button
          type="button"
          className="button"
          onClick={() =>
            void store.items(meeting.id).then((items) =>
              saveFile(`${meeting.title.replace(/[\\/:*?"<>|]+/g, '-')}.ics`, meetingToIcs(meeting.id, meeting, items.map((i) => i.title), new Date(), profile?.name), 'text/calendar'),
            )
          }
        >
          {t('calendar.export')}
        </button>
      </div>
      <p className="meetings-facts">
        <span className="meetings-badge">{kindName(meeting.kind, lang, meeting.kindLabel)}</span>
        <span>
          {formatDateWithWeekday(meeting.date, lang)}
          {time && `, ${lang === 'sv' ? 'kl. ' : ''}${time}`}
        </span>
        {meeting.places.length > 0 && <span className="muted">{meeting.places.map(placeLine).join(' · ')}</span>}
      </p>
      <nav className="meetings-tabs" aria-label={t('tabs.label')}>
        {TABS.map((x) => (
          <a key={x.id} href={hrefFor('meetings', id, x.path)} aria-current={x.id === tab ? 'page' : undefined}>
            {t(`tabs.${x.id}`)}
          </a>
        ))}
      </nav>
      {tab === 'agenda' && <AgendaTab meeting={meeting} />}
      {tab === 'notice' && <NoticeTab meeting={meeting} />}
      {tab === 'registrations' && <RegistrationsTab meeting={meeting} />}
      {tab === 'minutes' && <MinutesTab meeting={meeting} />}
    </section>
  );
}
