import { useT } from '../../i18n';
import { useLang } from '../../i18n';
import { useLive } from '../../db/useLive';
import { EmptyState } from '../../ui/EmptyState';
import { hrefFor } from '../../ui/routes';
import { formatDateWithWeekday, formatTimeRange, kindName, localIsoDate } from '../../domain/meetings/format';
import type { MeetingRecord } from '../../db/meetings/tables';
import { useStore } from './data';
import { messages } from './messages';
import { useMessages } from '../../i18n';

export function MeetingList() {
  const appT = useT();
  const t = useMessages(messages);
  const lang = useLang();
  const store = useStore();
  const { value: meetings, loading } = useLive(() => store.listMeetings(), [store]);
  const today = localIsoDate();
  const upcoming = (meetings ?? []).filter((m) => m.date >= today).reverse();
  const past = (meetings ?? []).filter((m) => m.date < today);

  const row = (m: MeetingRecord) => (
    <li key={m.id} className="meetings-list__item">
      <a href={hrefFor('meetings', m.id)} className="meetings-list__link">
        <span className="meetings-list__date">{formatDateWithWeekday(m.date, lang)}</span>
        <span className="meetings-list__title">{m.title}</span>
        <span className="muted small">
          {[kindName(m.kind, lang, m.kindLabel), formatTimeRange(m.startTime, m.endTime, lang), m.places.map((p) => p.name).filter(Boolean).join(' · ')].filter(Boolean).join(' · ')}
        </span>
      </a>
    </li>
  );

  return (
    <section aria-labelledby="page-title">
      <div className="meetings-head">
        <h1 id="page-title">{appT('nav.meetings')}</h1>
        <span className="meetings-inline">
          <a className="button button--quiet" href={hrefFor('meetings', 'mallar')}>
            {t('list.templates')}
          </a>
          <a className="button" href={hrefFor('meetings', 'beslut')}>
            {t('list.register')}
          </a>
          <a className="button button--primary" href={hrefFor('meetings', 'ny')}>
            {t('list.new')}
          </a>
        </span>
      </div>
      {!loading && (meetings ?? []).length === 0 && (
        <EmptyState title={t('list.emptyTitle')}>
          <p>{t('list.emptyText')}</p>
        </EmptyState>
      )}
      {upcoming.length > 0 && (
        <div className="card">
          <h2>{t('list.upcoming')}</h2>
          <ul className="meetings-list">{upcoming.map(row)}</ul>
        </div>
      )}
      {past.length > 0 && (
        <div className="card">
          <h2>{t('list.past')}</h2>
          <ul className="meetings-list">{past.map(row)}</ul>
        </div>
      )}
    </section>
  );
}
