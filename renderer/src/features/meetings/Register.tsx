// Beslutsregister and åtgärdslista: every decision ever taken, searchable, with its meeting and §;
// every action item, open, overdue or done.
import { useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { hrefFor } from '../../ui/routes';
import { loadRegister } from '../../db/meetings/register';
import { actionStatus, searchDecisions, sortActions, type ActionStatus } from '../../domain/meetings/register';
import { formatDate, localIsoDate } from '../../domain/meetings/format';
import { useProfile, useStore } from './data';
import { LiveCheckbox } from './LiveCheckbox';
import { messages } from './messages';

export function Register() {
  const t = useMessages(messages);
  const lang = useLang();
  const store = useStore();
  const profile = useProfile();
  const { value } = useLive(() => loadRegister(store, profile?.fiscalYearStart), [store, profile?.fiscalYearStart]);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<'all' | ActionStatus>('all');
  const today = localIsoDate();
  const decisions = searchDecisions(value?.decisions ?? [], query);
  const actions = sortActions(value?.actions ?? [], today).filter((a) => filter === 'all' || actionStatus(a, today) === filter);

  return (
    <section aria-labelledby="page-title">
      <p className="meetings-crumb">
        <a href={hrefFor('meetings')}>{t('back.list')}</a>
      </p>
      <h1 id="page-title">{t('register.title')}</h1>
      <div className="card">
        <h2>{t('register.decisions')}</h2>
        <div className="field">
          <label htmlFor="meetings-search">{t('register.search')}</label>
          <input id="meetings-search" type="search" value={query} placeholder={t('register.search.placeholder')} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <p className="muted small" role="status">
          {t('register.count', { n: decisions.length })}
        </p>
        <ul className="meetings-register">
          {decisions.map((d, i) => (
            <li key={`${d.meetingId}-${d.number}-${i}`}>
              <div className="meetings-register__meta">
                <a href={hrefFor('meetings', d.meetingId, 'protokoll')}>
                  § {d.number} {d.itemTitle}
                </a>
                <span className="muted small">
                  {' '}
                  · {d.meetingTitle} · {formatDate(d.date, lang)}
                  {!d.adjusted && ` · ${t('register.notAdjusted')}`}
                </span>
              </div>
              <div className="meetings-register__text">{d.text}</div>
            </li>
          ))}
        </ul>
      </div>
      <div className="card">
        <div className="meetings-head">
          <h2>{t('register.actions')}</h2>
          <label className="meetings-inline__field">
            <span className="visually-hidden">{t('register.filter')}</span>
            <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)} aria-label={t('register.filter')}>
              {(['all', 'open', 'overdue', 'done'] as const).map((f) => (
                <option key={f} value={f}>
                  {t(`register.filter.${f}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {actions.length === 0 ? (
          <p className="muted">{t('register.noActions')}</p>
        ) : (
          <table className="meetings-table">
            <thead>
              <tr>
                <th scope="col">{t('register.done')}</th>
                <th scope="col">{t('register.what')}</th>
                <th scope="col">{t('register.who')}</th>
                <th scope="col">{t('register.due')}</th>
                <th scope="col">{t('register.from')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => {
                const status = actionStatus(a, today);
                return (
                  <tr key={a.actionId} className={`meetings-action--${status}`}>
                    <td>
                      <LiveCheckbox label={t('register.doneN', { text: a.text })} checked={a.done} onSave={(v) => store.setActionDone(a.itemId, a.actionId, v)} />
                    </td>
                    <td>
                      {a.text}
                      {status === 'overdue' && <span className="meetings-overdue"> {t('register.overdue')}</span>}
                    </td>
                    <td>{a.assignee}</td>
                    <td>{a.due ? formatDate(a.due, lang) : ''}</td>
                    <td>
                      <a href={hrefFor('meetings', a.meetingId, 'protokoll')}>
                        § {a.number}, {a.meetingTitle}
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
